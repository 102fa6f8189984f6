package org.newsdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.service.Library;
import org.newsdesk.ui.common.UiPreferences;
import org.newsdesk.ui.common.UiPreferencesStore;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The watch itself: it names the app's code that writes a file or asks the database on the FX thread, and only that. */
class FxThreadWatchTest {
    @TempDir
    Path dir;
    private FxThreadWatch watch;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @org.junit.jupiter.api.BeforeEach
    void watch() {
        watch = FxThreadWatch.install().watch(dir);
    }

    @Test
    void savingThePreferencesOnTheFxThreadIsNamedWithItsCallSite() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(watch.watchesFiles(), "this JDK has no security manager");
        UiPreferencesStore store = new UiPreferencesStore(dir.resolve("config"), new JsonCodec());
        watch.drain();
        WaitForAsyncUtils.asyncFx(() -> store.save(UiPreferences.defaults())).get();
        List<FxThreadWatch.Access> found = watch.drain();
        assertThat(found).extracting(FxThreadWatch.Access::callSite)
                .anyMatch(site -> site.startsWith("org.newsdesk.ui.common.UiPreferencesStore.save("));
        assertThat(FxThreadWatch.describe(found)).contains("UiPreferencesStore.save(UiPreferencesStore.java:");
        assertThat(found).extracting(FxThreadWatch.Access::what)
                .anyMatch(w -> w.startsWith("write ") && w.contains(dir.resolve("config").toString()));
    }

    @Test
    void aServiceReadingAFileOnTheFxThreadIsNamedButATestsOwnLookIsNot() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(watch.watchesFiles(), "this JDK has no security manager");
        Path file = Files.writeString(dir.resolve("profile.json"), "{\"name\":\"A\",\"role\":\"editor\"}");
        var profiles = new org.newsdesk.service.ProfileStore(dir, new JsonCodec());
        watch.drain();
        WaitForAsyncUtils.asyncFx(profiles::load).get(); // as an event handler would call it: no test frame
        assertThat(watch.drain()).extracting(FxThreadWatch.Access::what).anyMatch(w -> w.endsWith(file.toString()));
        WaitForAsyncUtils.asyncFx(() -> new java.io.File(file.toString()).exists()).get();
        WaitForAsyncUtils.asyncFx(() -> profiles.load()).get();
        assertThat(watch.drain()).as("a test's own look at a file, even through a service").isEmpty();
    }

    @Test
    void aDatabaseQueryOnTheFxThreadIsNamedButNotOneOnAnotherThread() throws Exception {
        try (Library library = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            watch.drain();
            library.articles().search(ArticleFilter.all());
            assertThat(watch.drain()).as("the test's own thread").isEmpty();
            WaitForAsyncUtils.asyncFx(library.articles()::trashed).get();
            List<FxThreadWatch.Access> found = watch.drain();
            assertThat(found).extracting(FxThreadWatch.Access::what).anyMatch(w -> w.startsWith("database "));
            assertThat(found).extracting(FxThreadWatch.Access::callSite)
                    .anyMatch(site -> site.startsWith("org.newsdesk.store."));
        }
    }
}
