package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.testing.Zips;

/**
 * What the files a press officer imports and exports get said about them, on the command line, in the language she
 * works in: refused files (importer, article files, zip archives), pictures left out of an import (the picture
 * check's reason), a failed export, and what an exported page lacks for screen readers. The English stays as it was.
 */
class FileSentencesInTheInterfaceLanguageTest {
    private static final String NBSP = "\u00a0";
    private static final String NNBSP = "\u202f";

    @TempDir
    Path dir;

    private CliRunner.Result run(String language, String... args) {
        return new CliRunner(dir).runIn(language,
                CliRunner.append(args, "--library", dir.resolve("lib.newsdesk").toString()));
    }

    /** A command that takes no library (verify). */
    private CliRunner.Result runAlone(String language, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppDirectories dirs = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--ui-language";
        all[args.length + 1] = language;
        int code = new NewsdeskCli(new CliEnvironment(dirs, new TestLibrary.TickingClock(
                Instant.parse("2026-03-01T09:00:00Z")), new PrintWriter(out), new PrintWriter(err), Map.of(),
                dir)).run(all);
        return new CliRunner.Result(code, out.toString(), err.toString());
    }

    /** The same command line in English, French and Arabic. */
    private List<CliRunner.Result> inEachLanguage(String... args) {
        return List.of(run("en", args), run("fr", args), run("ar", args));
    }

    @Test
    void aFileTheImporterRefusesIsNamedInTheLanguageAskedFor() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        List<CliRunner.Result> said = inEachLanguage("import", empty.toString());

        assertThat(said.get(0).err().strip()).isEqualTo(empty + " is empty.");
        assertThat(said.get(1).err().strip()).isEqualTo(empty + " est vide.");
        assertThat(said.get(2).err().strip()).isEqualTo(empty + " فارغ.");
        assertThat(said).extracting(CliRunner.Result::code).containsOnly(ExitCodes.BAD_INPUT);
    }

    @Test
    void aBrokenArticleFileIsExplainedInTheLanguageWithTheParsersOwnWordsKept() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"newsdesk-article\", ");
        List<CliRunner.Result> said = inEachLanguage("import", broken.toString());

        assertThat(said.get(0).err()).startsWith("The file " + broken + " is not valid JSON at line 1, column ");
        assertThat(said.get(1).err()).startsWith("Le fichier " + broken + " n’est pas du JSON valide à la ligne 1,"
                + " colonne ");
        assertThat(said.get(2).err()).startsWith("الملف " + broken + " ليس JSON صالحًا في السطر 1 العمود ");
        assertThat(said).extracting(CliRunner.Result::code).containsOnly(ExitCodes.BAD_INPUT);
    }

    @Test
    void aBundleWithAnEntryLeadingOutOfItsFolderIsRefusedInTheLanguage() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
        Path zip = Zips.write(dir.resolve("evil.zip"), entries);
        List<CliRunner.Result> said = inEachLanguage("import", zip.toString());

        assertThat(said.get(0).err().strip()).isEqualTo(zip + " holds an entry with an unsafe path (\"../evil.txt\");"
                + " nothing was imported.");
        assertThat(said.get(1).err().strip()).isEqualTo(zip + " contient une entrée au chemin dangereux («" + NBSP
                + "../evil.txt" + NBSP + "»)" + NNBSP + "; rien n’a été importé.");
        assertThat(said.get(2).err().strip()).isEqualTo("يحتوي " + zip + " على عنصر مساره غير آمن («../evil.txt»)؛"
                + " لم يُستورد شيء.");
        assertThat(said).extracting(CliRunner.Result::code).containsOnly(ExitCodes.BAD_INPUT);
    }

    @Test
    void aPictureLeftOutOfAnImportIsReportedWithThePictureChecksReasonInTheLanguage() throws Exception {
        Files.writeString(dir.resolve("fake.jpg"), "not a picture at all");
        Path note = Files.writeString(dir.resolve("note.md"), "# Wells\n\nBefore.\n\n![A well](fake.jpg)\n\nAfter.\n");
        List<CliRunner.Result> said = inEachLanguage("import", note.toString(), "--lang", "en");

        assertThat(said.get(0).err()).contains("note.md: the picture fake.jpg was left out: it is named like an image,"
                + " but its content is not a JPEG, PNG or GIF picture.");
        assertThat(said.get(1).err()).contains("note.md" + NBSP + ": l’image fake.jpg a été laissée de côté" + NBSP
                + ": le fichier porte un nom d’image, mais son contenu n’est pas une image JPEG, PNG ou GIF.");
        assertThat(said.get(2).err()).contains("note.md: تُركت الصورة fake.jpg: اسم الملف اسم صورة لكن محتواه ليس"
                + " صورة JPEG أو PNG أو GIF.");
        assertThat(said.get(1).err()).contains("note.md" + NBSP + ": langue en, choisie pour l’importation.");
        assertThat(said).extracting(CliRunner.Result::code).containsOnly(ExitCodes.OK);
    }

    @Test
    void anExportIntoAFolderThatIsNotThereAndAVagueLinkAreSaidInTheLanguage() throws Exception {
        Path note = Files.writeString(dir.resolve("report.md"),
                "# Report\n\nThe council's report is [here](https://example.org/r).\n");
        assertThat(run("en", "import", note.toString(), "--lang", "en").code()).isZero();
        Path nowhere = dir.resolve("missing").resolve("out");

        List<CliRunner.Result> refused = inEachLanguage("export", "--all", "--format", "html", "--out",
                nowhere.toString());
        assertThat(refused.get(0).err().strip()).isEqualTo("The folder " + nowhere.getParent()
                + " does not exist; nothing was written.");
        assertThat(refused.get(1).err().strip()).isEqualTo("Le dossier " + nowhere.getParent()
                + " n’existe pas" + NBSP + "; rien n’a été écrit.");
        assertThat(refused.get(2).err().strip()).isEqualTo("المجلد " + nowhere.getParent()
                + " غير موجود؛ لم يُكتب شيء.");
        assertThat(refused).extracting(CliRunner.Result::code).containsOnly(ExitCodes.BAD_INPUT);

        List<CliRunner.Result> warned = List.of(run("en", "export", "--all", "--format", "html", "--out",
                dir.resolve("en").toString()), run("fr", "export", "--all", "--format", "html", "--out",
                dir.resolve("fr").toString()), run("ar", "export", "--all", "--format", "html", "--out",
                dir.resolve("ar").toString()));
        assertThat(warned).extracting(CliRunner.Result::code).containsOnly(ExitCodes.OK);
        assertThat(warned.get(0).err()).contains("Warning: \"Report\": the link \"here\" does not say where it leads;"
                + " a screen reader listing the page's links reads it alone. Link words that name the destination.");
        assertThat(warned.get(1).err()).contains("Avertissement" + NBSP + ": «" + NBSP + "Report" + NBSP + "»" + NBSP
                + ": le lien «" + NBSP + "here" + NBSP + "» ne dit pas où il mène" + NBSP + "; un lecteur d’écran");
        assertThat(warned.get(2).err()).contains("تنبيه: «Report»: الرابط «here» لا يقول إلى أين يقود؛ وقارئ الشاشة");
        assertThat(warned.get(1).out()).isEqualTo(warned.get(0).out().replace(dir.resolve("en").toString(),
                dir.resolve("fr").toString())); // the files written, for scripts, are the same lines
    }

    @Test
    void aBundleThatFailsItsCheckIsSaidBadInTheLanguageWhileTheOkLineForScriptsStaysEnglish() throws Exception {
        Path note = Files.writeString(dir.resolve("wells.md"), "# Wells\n\nTen new wells.\n");
        assertThat(run("en", "import", note.toString(), "--lang", "en").code()).isZero();
        Path zip = dir.resolve("bundle.zip");
        assertThat(run("fr", "export", "--all", "--format", "bundle", "--out", zip.toString()).code()).isZero();

        CliRunner.Result good = runAlone("fr", "verify", zip.toString());
        assertThat(good.out().strip()).startsWith("OK: " + zip + " matches its manifest (1 article, ");

        Map<String, byte[]> entries = Zips.read(zip);
        String page = entries.keySet().stream().filter(n -> n.endsWith("index.html")).findFirst().orElseThrow();
        byte[] html = entries.get(page).clone();
        html[html.length / 2] ^= 1;
        entries.put(page, html);
        Path tampered = Zips.write(dir.resolve("tampered.zip"), entries);
        CliRunner.Result english = runAlone("en", "verify", tampered.toString());
        CliRunner.Result french = runAlone("fr", "verify", tampered.toString());
        CliRunner.Result arabic = runAlone("ar", "verify", tampered.toString());

        assertThat(english.err().strip()).isEqualTo("BAD: " + tampered + ": " + page
                + " does not match its SHA-256 in the manifest.");
        assertThat(french.err().strip()).isEqualTo("DÉFECTUEUX" + NBSP + ": " + tampered + NBSP + ": " + page
                + " ne correspond pas à son SHA-256 dans le manifeste.");
        assertThat(arabic.err().strip()).isEqualTo("معطوبة: " + tampered + ": " + page
                + " لا يطابق بصمة SHA-256 المذكورة له في البيان.");
        assertThat(List.of(english, french, arabic)).extracting(CliRunner.Result::code)
                .containsOnly(ExitCodes.BAD_INPUT);
    }
}
