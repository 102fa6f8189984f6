package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.Asset;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestImages;
import org.newsdesk.testing.TestLibrary;

/** check --gc: unused pictures go, pictures in use stay, nothing goes from a library with problems. */
class CheckGcCliTest {
    @TempDir
    Path dir;

    private String[] withLibrary(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--library";
        all[args.length + 1] = dir.resolve("lib.newsdesk").toString();
        return all;
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        AppDirectories dirs = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        return new NewsdeskCli(new CliEnvironment(dirs, new TestLibrary.TickingClock(Instant.parse("2026-03-01T09:00:00Z")),
                new PrintWriter(out), new PrintWriter(err), CliRunner.NO_VARIABLES, dir.resolve("home")))
                .run(withLibrary(args));
    }

    @Test
    void gcRemovesOnlyWhatNothingUses() {
        Asset used;
        Asset unused;
        // added a month before the check, so past the grace period an open editor gets
        try (Library library = Library.open(dir.resolve("lib.newsdesk"),
                new TestLibrary.TickingClock(Instant.parse("2026-02-01T09:00:00Z")), () -> new User("T", Role.EDITOR))) {
            used = library.images().add(TestImages.jpeg(120, 90, 1), "used.jpg");
            unused = library.images().add(TestImages.jpeg(120, 90, 2), "unused.jpg");
            library.articles().create(Article.draft("With a picture", Language.ENGLISH, Instant.EPOCH).withBody(
                    Document.of(Block.image(new ImageRef(used.sha256(), "Caption", "Credit", "Alt", null)))));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "check", "--gc");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("is sound (1 articles)")
                .contains("Removed 1 unused picture (0.0 MB); 1 in use.");
        try (Library library = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            assertThat(library.images().find(used.sha256())).isPresent();
            assertThat(library.images().find(unused.sha256())).isEmpty();
        }
        StringWriter again = new StringWriter();
        assertThat(run(again, new StringWriter(), "check", "--gc")).isZero();
        assertThat(again.toString()).contains("No unused pictures; 1 in use.");
    }
}
