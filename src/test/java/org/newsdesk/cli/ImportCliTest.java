package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.testing.TestLibrary;

/** {@code newsdesk import}: the language each article gets and says so, pictures left out with a warning, help. */
class ImportCliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppDirectories dirs = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        int code = new NewsdeskCli(new CliEnvironment(dirs, new TestLibrary.TickingClock(java.time.Instant.parse(
                "2026-03-01T09:00:00Z")), new PrintWriter(out), new PrintWriter(err), CliRunner.NO_VARIABLES,
                dir.resolve("home"))).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Result on(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--library";
        all[args.length + 1] = dir.resolve("lib.newsdesk").toString();
        return run(all);
    }

    @Test
    void anArabicMarkdownFileWithoutFrontMatterIsStoredAndExportedAsArabicRightToLeft() throws Exception {
        Path md = Files.writeString(dir.resolve("bayan.md"), """
                # افتتاح مدرسة جديدة في القرية

                افتتح الوزير يوم الاثنين مدرسة جديدة في القرية، وقال إن الحكومة ستوفر المزيد من المعلمين في العام المقبل.

                UNICEF قالت إن المدرسة ستستقبل ثلاثمائة طالب وطالبة من القرى المجاورة.
                """);
        Result imported = on("import", md.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.err().strip()).isEqualTo("bayan.md: language ar, detected from the text.");
        String id = imported.out().strip();
        Path page = dir.resolve("bayan.html");
        assertThat(on("export", id, "--format", "html", "--out", page.toString()).code()).isZero();
        String html = Files.readString(page);
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", "UNICEF قالت")
                .doesNotContain("<p dir=\"ltr\">"); // the paragraph starting with a Latin name stays right to left
    }

    @Test
    void aLanguageGivenWithLangIsUsedAndAStatedOneWins() throws Exception {
        Path plain = Files.writeString(dir.resolve("note.txt"), "Short note\nSee you.\n");
        Path stated = Files.writeString(dir.resolve("stated.md"), "---\nlanguage: fr\n---\n# Réunion\n\nBonjour.\n");
        Result imported = on("import", plain.toString(), stated.toString(), "--lang", "es");
        assertThat(imported.code()).isZero();
        assertThat(imported.err()).contains("note.txt: language es, as chosen for the import.",
                "stated.md: language fr, stated by the file.");
    }

    @Test
    void aSavedPageWithAMissingPictureComesInWithOneWarningAndExitZero() throws Exception {
        Path page = Files.writeString(dir.resolve("story.html"), """
                <html lang="en"><head><title>Wells for ten villages | Example News</title></head><body>
                <article><h1>Wells for ten villages</h1>
                <p>The council dug ten new wells this year, and every village in the valley now has clean water close by.</p>
                <figure><img src="story_files/well.jpg" alt="A new well"><figcaption>The well at Kibera.</figcaption></figure>
                <p>The work took eight months, and the villages themselves chose where each well would go.</p>
                <img src="https://cdn.example.org/map.png" alt="Map">
                </article></body></html>
                """);
        Result imported = on("import", page.toString());
        assertThat(imported.code()).isZero();
        assertThat(imported.out().strip()).matches("[0-9a-f-]{36}");
        assertThat(imported.err().lines()).containsExactly(
                "story.html: language en, stated by the file.",
                "story.html: the picture story_files/well.jpg was left out: the file does not exist.",
                "story.html: the picture https://cdn.example.org/map.png was left out: it is on the web, and importing"
                        + " never fetches anything.");
        String shown = on("show", imported.out().strip()).out();
        assertThat(shown).contains("Wells for ten villages", "The well at Kibera.", "eight months");
    }

    @Test
    void webPicturesCanComeInAsLinks() throws Exception {
        Path page = Files.writeString(dir.resolve("story.html"), """
                <html lang="en"><head><link rel="canonical" href="https://news.example.org/2026/wells">
                <title>Wells | Example News</title></head><body><article><h1>Wells</h1>
                <p>The council dug ten new wells this year, and every village in the valley now has clean water close by.</p>
                <figure><img src="/images/map.png" alt="Map of the wells"><figcaption>Where the wells are</figcaption></figure>
                <p>The work took eight months, and the villages themselves chose where each well would go.</p>
                </article></body></html>
                """);
        Result imported = on("import", page.toString(), "--web-pictures", "link");
        assertThat(imported.code()).isZero();
        assertThat(imported.err()).doesNotContain("left out");
        String json = on("show", imported.out().strip(), "--json").out();
        assertThat(json).contains("https://news.example.org/images/map.png", "Where the wells are");
    }

    @Test
    void importHelpListsEveryFormatItReads() {
        Result help = run("import", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains(".md", ".txt", ".docx", ".html", ".htm", ".json", ".zip", "--lang",
                "--web-pictures");
    }
}
