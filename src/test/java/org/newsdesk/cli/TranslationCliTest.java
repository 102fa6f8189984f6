package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.codec.JsonCodec;

class TranslationCliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result runOn(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--library";
        all[args.length + 1] = dir.resolve("lib.newsdesk").toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppDirectories dirs = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        int code = new NewsdeskCli(new CliEnvironment(dirs, new TestLibrary.TickingClock(java.time.Instant.parse(
                "2026-03-01T09:00:00Z")), new PrintWriter(out), new PrintWriter(err), CliRunner.NO_VARIABLES,
                dir.resolve("home"))).run(all);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void translateListEditAndSeeTheOutdatedBlock() throws Exception {
        Path body = dir.resolve("body.md");
        Files.writeString(body, "Schools reopen today.\n\nPupils study monuments.\n", StandardCharsets.UTF_8);
        String en = runOn("new", "--headline", "Classrooms reopen", "--body-file", body.toString()).out().strip();

        Result translated = runOn("translate", en, "--to", "fr");
        assertThat(translated.code()).as(translated.err()).isZero();
        String fr = translated.out().strip();
        assertThat(fr).matches("[0-9a-f-]{36}").isNotEqualTo(en);

        Result listed = runOn("translations", fr);
        assertThat(listed.code()).isZero();
        assertThat(listed.out().lines().toList()).satisfiesExactly(
                l -> assertThat(l).startsWith("en").contains(en, "draft", "up-to-date (source)"),
                l -> assertThat(l).startsWith("fr") // headline and two paragraphs; no standfirst to translate
                        .contains(fr, "up-to-date", "3 not yet translated"),
                l -> assertThat(l).startsWith("ar").endsWith("missing"));

        Files.writeString(body, "Schools reopen today.\n\nPupils study old monuments.\n", StandardCharsets.UTF_8);
        assertThat(runOn("edit", en, "--body-file", body.toString()).code()).isZero();

        JsonNode set = new JsonCodec().mapper().readTree(runOn("translations", en, "--json").out());
        JsonNode frMember = set.path("members").get(1);
        assertThat(frMember.path("id").asText()).isEqualTo(fr);
        assertThat(frMember.path("state").asText()).isEqualTo("outdated");
        assertThat(frMember.path("changedSourceBlocks")).hasSize(1);
        assertThat(set.path("members").get(2).path("state").asText()).isEqualTo("missing");
    }

    @Test
    void refusedStepsSayOneSentenceExitThreeAndChangeNothing() {
        String en = runOn("new", "--headline", "Release").out().strip();
        String fr1 = runOn("new", "--headline", "Communiqué", "--lang", "fr").out().strip();
        String fr2 = runOn("new", "--headline", "Autre", "--lang", "fr").out().strip();

        Result own = runOn("translate", en, "--to", "en");
        assertThat(own.code()).isEqualTo(3);
        assertThat(own.err().lines()).hasSize(1);

        assertThat(runOn("link", en, fr1).code()).isZero();
        Result second = runOn("link", en, fr2);
        assertThat(second.code()).isEqualTo(3);
        assertThat(second.err().strip()).contains("already has a French article");
        Result translateAgain = runOn("translate", en, "--to", "fr");
        assertThat(translateAgain.code()).isEqualTo(3);
        assertThat(runOn("translations", en).out()).contains(fr1).doesNotContain(fr2);

        assertThat(runOn("unlink", fr1).code()).isZero();
        assertThat(runOn("translations", en).out()).doesNotContain(fr1);
        assertThat(runOn("unlink", fr1).code()).isEqualTo(3);
        assertThat(runOn("translate", en, "--to", "xx-1").code()).isEqualTo(2);
    }
}
