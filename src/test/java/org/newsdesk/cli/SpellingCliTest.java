package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.testing.TestLibrary;

/** spell, dictionary and names on the command line, in English, French and Arabic. */
class SpellingCliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppDirectories dirs = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        int code = new NewsdeskCli(new CliEnvironment(dirs, new TestLibrary.TickingClock(Instant.parse(
                "2026-03-01T09:00:00Z")), new PrintWriter(out), new PrintWriter(err), CliRunner.NO_VARIABLES,
                dir.resolve("home"))).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    Result runOn(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--library";
        all[args.length + 1] = dir.resolve("lib.newsdesk").toString();
        return run(all);
    }

    private String article(String headline, String lang, String body) throws Exception {
        Path file = dir.resolve("body-" + lang + ".md");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        Result created = runOn("new", "--headline", headline, "--lang", lang, "--body-file", file.toString());
        assertThat(created.code()).as(created.err()).isZero();
        return created.out().strip();
    }

    @Test
    void spellListsEachMistakeWithPlaceOffsetsAndSuggestionsThenTheDictionarySilencesIt() throws Exception {
        String id = article("Karimov visits the comittee", "en", "First paragraph.\n\nThe delegtion arrived.\n");
        Result spelled = runOn("spell", id);
        assertThat(spelled.code()).as(spelled.err()).isZero();
        assertThat(spelled.out()).contains("headline 0-7 \u201CKarimov\u201D")
                .contains("headline 19-27 \u201Ccomittee\u201D \u2192 committee")
                .contains("block 2 4-13 \u201Cdelegtion\u201D \u2192 delegation");

        Result json = runOn("spell", id, "--json");
        JsonNode list = new JsonCodec().mapper().readTree(json.out());
        assertThat(list).hasSize(3);
        JsonNode last = list.get(2);
        assertThat(last.path("field").asText()).isEqualTo("body");
        assertThat(last.path("block").asInt()).isEqualTo(1);
        assertThat(last.path("start").asInt()).isEqualTo(4);
        assertThat(last.path("end").asInt()).isEqualTo(13);
        assertThat(last.path("word").asText()).isEqualTo("delegtion");
        assertThat(last.path("suggestions").size()).isBetween(1, 5);
        assertThat(list.get(0).path("block").isNull() || list.get(0).path("block").isMissingNode()).isTrue();

        // options before the subcommand's name work as well as after it
        Result added = run("dictionary", "--library", dir.resolve("lib.newsdesk").toString(), "add", "Karimov", "--lang", "en");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added 1 word");
        assertThat(runOn("spell", id).out()).doesNotContain("Karimov").contains("comittee");
        assertThat(runOn("dictionary", "list").out().strip()).isEqualTo("en\tKarimov");

        Result removed = runOn("dictionary", "remove", "Karimov", "--lang", "en");
        assertThat(removed.code()).isZero();
        assertThat(runOn("spell", id).out()).contains("Karimov");
        Result notThere = runOn("dictionary", "remove", "Karimov", "--lang", "en");
        assertThat(notThere.code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void frenchAndArabicArticlesAreCheckedInTheirLanguage() throws Exception {
        String fr = article("La délégation a recu le prix", "fr", "L’éducation et la culture.\n");
        assertThat(runOn("spell", fr).out().strip()).startsWith("headline 16-20 \u201Crecu\u201D").contains("reçu")
                .doesNotContain("ducation");
        String ar = article("أكد المدير العام على التعاون", "ar", "التعاون الثقافى مع المنظمات.\n");
        Result spelled = runOn("spell", ar, "--json");
        JsonNode list = new JsonCodec().mapper().readTree(spelled.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("word").asText()).isEqualTo("الثقافى");
        assertThat(list.get(0).path("suggestions").toString()).contains("الثقافي");
        assertThat(list.get(0).path("language").asText()).isEqualTo("ar");

        assertThat(runOn("dictionary", "add", "الثقافى", "--lang", "ar").code()).isZero();
        assertThat(runOn("spell", ar).out().strip()).isEqualTo("No spelling mistakes.");
    }

    @Test
    void dictionaryAndNamesRefuseBadInputWithOneSentence() {
        Result noLang = runOn("dictionary", "add", "word");
        assertThat(noLang.code()).isEqualTo(ExitCodes.USAGE);
        Result badLang = runOn("dictionary", "add", "word", "--lang", "xx-!!");
        assertThat(badLang.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badLang.err().strip().lines()).hasSize(1);
        Result twoWords = runOn("dictionary", "add", "two words", "--lang", "en");
        assertThat(twoWords.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(runOn("dictionary").code()).isEqualTo(ExitCodes.USAGE);
        Result unknownSame = runOn("names", "add", "Salim", "--lang", "fr", "--same-as", "Nobody");
        assertThat(unknownSame.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknownSame.err()).contains("Nobody");
        assertThat(runOn("names", "add", "X", "--lang", "en", "--kind", "animal").code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void namesAreAgreedListedAndCheckedInArticles() throws Exception {
        Result added = run("names", "--library", dir.resolve("lib.newsdesk").toString(), "add", "Salim M. AlMalik",
                "--lang", "en", "--variant", "Salem Al Malik", "--variant", "Salim Al-Malik");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(runOn("names", "add", "سالم بن محمد المالك", "--lang", "ar", "--same-as", "Salim M. AlMalik").code())
                .isZero();
        assertThat(runOn("names", "add", "ICESCO", "--lang", "en", "--kind", "organisation").code()).isZero();

        Result listed = runOn("names", "list", "--json");
        JsonNode names = new JsonCodec().mapper().readTree(listed.out());
        assertThat(names).hasSize(2);
        assertThat(names.get(0).path("kind").asText()).isEqualTo("person");
        assertThat(names.get(0).path("spellings")).hasSize(2);
        assertThat(names.get(0).path("spellings").get(1).path("variants").toString())
                .isEqualTo("[\"Salem Al Malik\",\"Salim Al-Malik\"]");
        assertThat(runOn("names", "list").out()).contains("en: Salim M. AlMalik (not: Salem Al Malik, Salim Al-Malik)");

        String id = article("Salem Al Malik visits ICESCO", "en", "Salim M. AlMalick spoke.\n");
        Result checked = runOn("names", "check", id);
        assertThat(checked.code()).isZero();
        assertThat(checked.out().strip().lines()).containsExactly(
                "headline 0-14 \u201CSalem Al Malik\u201D [name] \u2192 Salim M. AlMalik",
                "block 1 0-17 \u201CSalim M. AlMalick\u201D [name] \u2192 Salim M. AlMalik");
        // the agreed spelling itself is no spelling mistake
        assertThat(runOn("spell", article("Salim M. AlMalik at ICESCO", "en", "Fine.\n")).out().strip())
                .isEqualTo("No spelling mistakes.");

        String good = article("Salim M. AlMalik at ICESCO", "en", "All well.\n");
        assertThat(runOn("names", "check", good).out().strip()).isEqualTo("Every name is written as agreed.");
        assertThat(runOn("names", "remove", "ICESCO").code()).isZero();
        assertThat(runOn("names", "list", "--json").out()).doesNotContain("ICESCO");
    }
}
