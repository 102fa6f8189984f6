package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.testing.TestLibrary;

class CliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        CliRunner.Result r = new CliRunner(dir).run(args);
        return new Result(r.code(), r.out(), r.err());
    }

    Result runOn(String... args) {
        CliRunner.Result r = new CliRunner(dir).runOn(args);
        return new Result(r.code(), r.out(), r.err());
    }

    @Test
    void newTagSearchShowGivesBackExactlyWhatWasPutIn() throws Exception {
        Path body = dir.resolve("body.md");
        Files.writeString(body, "Pupils **study** monuments.\n\n- One\n- Two\n", StandardCharsets.UTF_8);
        Result created = runOn("new", "--headline", "Réunion à Tánger", "--lang", "fr", "--tag", "Culture",
                "--body-file", body.toString());
        assertThat(created.code()).as(created.err()).isZero();
        String id = created.out().strip();
        assertThat(id).matches("[0-9a-f-]{36}");

        Result tagged = runOn("tag", id, "--add", "Jeunesse", "--add", "culture", "--remove", "nothing");
        assertThat(tagged.code()).isZero();
        assertThat(tagged.out().strip()).isEqualTo("Culture, Jeunesse");

        Result found = runOn("search", "tanger");
        assertThat(found.code()).isZero();
        assertThat(found.out()).startsWith(id).contains("[Tánger]");

        Result shown = runOn("show", id, "--json");
        assertThat(shown.code()).isZero();
        JsonNode json = new JsonCodec().mapper().readTree(shown.out());
        assertThat(json.path("id").asText()).isEqualTo(id);
        assertThat(json.path("headline").asText()).isEqualTo("Réunion à Tánger");
        assertThat(json.path("language").asText()).isEqualTo("fr");
        assertThat(json.path("slug").asText()).isEqualTo("reunion-a-tanger");
        assertThat(json.path("tags").toString()).isEqualTo("[\"Culture\",\"Jeunesse\"]");
        assertThat(json.path("status").asText()).isEqualTo("draft");
        JsonNode blocks = json.path("body").path("blocks");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).path("runs").get(1).path("marks").toString()).isEqualTo("[\"bold\"]");
        assertThat(blocks.get(1).path("type").asText()).isEqualTo("bullet_item");

        Result listed = runOn("list", "--tag", "jeunesse", "--json");
        assertThat(new JsonCodec().mapper().readTree(listed.out()).get(0).path("id").asText()).isEqualTo(id);
        assertThat(runOn("check").code()).isZero();
    }

    @Test
    void editSavesARevisionAndShowAcceptsAnIdPrefix() {
        String id = runOn("new", "--headline", "First").out().strip();
        assertThat(runOn("edit", id, "--headline", "Second", "--note", "better").code()).isZero();
        Result shown = runOn("show", id.substring(0, 8));
        assertThat(shown.out()).startsWith("Second").contains("version: 2");
    }

    @Test
    void defaultLibraryIsCreatedOnFirstStartWithThreeSamples() throws Exception {
        Result listed = run("list", "--json");
        assertThat(listed.code()).as(listed.err()).isZero();
        JsonNode list = new JsonCodec().mapper().readTree(listed.out());
        assertThat(list).hasSize(3);
        assertThat(list.findValuesAsText("language")).containsExactlyInAnyOrder("en", "fr", "ar");
        assertThat(dir.resolve("data").resolve(AppDirectories.LIBRARY_FILE)).exists();
        assertThat(run("list", "--json").out()).isEqualTo(listed.out()); // seeded once only
    }

    @Test
    void usageErrorsExitWithOne() {
        Result r = runOn("new");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--headline");
        assertThat(run("frobnicate").code()).isEqualTo(1);
    }

    @Test
    void badInputExitsWithTwoAndOneSentenceWithoutStackTrace() throws Exception {
        Result r = runOn("new", "--headline", "x", "--lang", "klingon");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("not a valid BCP 47").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(runOn("show", "00000000-0000-0000-0000-000000000000").code()).isEqualTo(2);
    }

    @Test
    void notALibraryExitsWithTwoAndLeavesTheFileUnchanged() throws Exception {
        Path junk = dir.resolve("junk.newsdesk");
        byte[] bytes = new byte[4096];
        new Random(1).nextBytes(bytes);
        Files.write(junk, bytes);
        Result r = run("list", "--library", junk.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(junk.toString()).contains("not a Newsdesk library");
        assertThat(Files.readAllBytes(junk)).isEqualTo(bytes);
    }

    @Test
    void verbosePrintsTheStackTrace() {
        Result r = runOn("show", "nope-nope", "--verbose");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("\tat ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"new", "import", "list", "show", "edit", "search", "tag", "check"}) {
            Result r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).contains("Usage:").contains("--library");
        }
    }

    @Test
    void aCommandOnALibraryFromTheVersionBeforeUpgradesItShowingProgressOnStderrOnly() throws Exception {
        try (var in = getClass().getResourceAsStream("/org/newsdesk/store/library-v2.newsdesk")) {
            Files.copy(in, dir.resolve("lib.newsdesk"));
        }
        Result found = runOn("search", "مخطوطات");
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.err()).contains("Upgrading the library: Rebuilding articles, revisions and the search index")
                .contains("100% (3 of 3)");
        assertThat(found.out()).startsWith("f2c773a9-0e8b-45f3-b1e8-064069b9bed2").contains("[المخطوطات]")
                .contains("\n    \u200F").doesNotContain("Upgrading");
        Result again = runOn("list");
        assertThat(again.err()).as("upgraded once").isEmpty();
        assertThat(again.out().lines()).hasSize(3);
    }
}
