package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher makes of a file the desktop hands it (double-click, "Open with", a mail attachment). */
class LaunchFileTest {
    @TempDir
    Path dir;

    @Test
    void aLibraryOpenedFromTheDesktopOpensTheWindowOnThatLibrary() {
        String file = dir.resolve("Newsroom 2026.newsdesk").toString();

        String[] options = LaunchFile.toOptions(new String[] {file});

        assertThat(options).containsExactly("--library", file);
        assertThat(Main.opensWindow(options)).isTrue();
    }

    @Test
    void aReviewPackageOpensTheWindowAndAsksForItsImport() {
        String file = dir.resolve("from-omar.newsdesk-review").toString();

        String[] options = LaunchFile.toOptions(new String[] {file});

        assertThat(options).containsExactly(LaunchFile.IMPORT_REVIEW, file);
        assertThat(Main.opensWindow(options)).isTrue();
        assertThat(LaunchFile.reviewToImport(List.of(options))).contains(Path.of(file));
    }

    @Test
    void aFileUriAsSomeDesktopsPassItNamesTheSameFile() {
        Path file = dir.resolve("my library.newsdesk");

        String[] options = LaunchFile.toOptions(new String[] {file.toUri().toString()});

        assertThat(options).containsExactly("--library", file.toString());
    }

    @Test
    void extensionsAreMatchedWhateverTheirCase() {
        assertThat(LaunchFile.of("C-DRIVE-COPY.NEWSDESK")).map(LaunchFile::kind).contains(LaunchFile.Kind.LIBRARY);
        assertThat(LaunchFile.of("Reply.Newsdesk-Review")).map(LaunchFile::kind).contains(LaunchFile.Kind.REVIEW);
    }

    @Test
    void launchOptionsBeforeTheFileAreKept() {
        String file = dir.resolve("x.newsdesk-review").toString();

        String[] options = LaunchFile.toOptions(new String[] {"--as", "Omar", "--role", "editor", file});

        assertThat(options).containsExactly("--as", "Omar", "--role", "editor", LaunchFile.IMPORT_REVIEW, file);
        assertThat(Main.opensWindow(options)).isTrue();
    }

    @Test
    void commandsKeepTheirMeaningEvenWhenTheyNameSuchFiles() {
        String[] command = {"review-import", "from-omar.newsdesk-review"};
        String[] backup = {"backup", "--out", "copy.newsdesk"};
        String[] library = {"--library", "old.newsdesk", "list"};

        assertThat(LaunchFile.toOptions(command)).isSameAs(command);
        assertThat(LaunchFile.toOptions(backup)).isSameAs(backup);
        assertThat(LaunchFile.toOptions(library)).isSameAs(library);
        assertThat(Main.opensWindow(LaunchFile.toOptions(command))).isFalse();
    }

    @Test
    void otherFilesAndNoArgumentsAreLeftAlone() {
        String[] markdown = {"notes.md"};
        String[] none = {};

        assertThat(LaunchFile.toOptions(markdown)).isSameAs(markdown);
        assertThat(LaunchFile.toOptions(none)).isEmpty();
        assertThat(LaunchFile.of("newsdesk")).isEmpty();
        assertThat(LaunchFile.of("--library")).isEmpty();
        assertThat(LaunchFile.reviewToImport(List.of("--library", "x.newsdesk"))).isEmpty();
    }

    @Test
    void theReviewOptionAlsoReadsItsEqualsForm() {
        assertThat(LaunchFile.reviewToImport(List.of("--import-review=/tmp/a.newsdesk-review")))
                .contains(Path.of("/tmp/a.newsdesk-review"));
    }
}
