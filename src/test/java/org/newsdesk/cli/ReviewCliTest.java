package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.service.AppDirectories;
import org.newsdesk.testing.TestLibrary;

/** The review workflow from the command line, as a writer and an editor sharing one library. */
class ReviewCliTest {
    @TempDir
    Path dir;
    /** One clock for the whole conversation: every command happens a little later than the one before. */
    TestLibrary.TickingClock clock = new TestLibrary.TickingClock(Instant.parse("2026-03-01T09:00:00Z"));
    String id;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppDirectories dirs = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        int code = new NewsdeskCli(new CliEnvironment(dirs, clock, new PrintWriter(out), new PrintWriter(err),
                CliRunner.NO_VARIABLES, dir.resolve("home"))).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    Result as(String who, String role, String... args) {
        return on("lib.newsdesk", who, role, args);
    }

    Result on(String library, String who, String role, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--library", dir.resolve(library).toString(), "--as", who, "--role", role));
        return run(all.toArray(String[]::new));
    }

    Result writer(String... args) {
        return as("Sara", "press-officer", args);
    }

    Result editor(String... args) {
        return as("Eva", "editor", args);
    }

    @BeforeEach
    void createArticle() throws Exception {
        Path body = dir.resolve("body.md");
        Files.writeString(body, "The quick brown fox jumps over the lazy dog.\n\nPupils study monuments.\n",
                StandardCharsets.UTF_8);
        Result created = writer("new", "--headline", "Heritage classrooms open", "--tag", "Education",
                "--body-file", body.toString());
        assertThat(created.code()).as(created.err()).isZero();
        id = created.out().strip();
        assertThat(writer("edit", id, "--standfirst", "Forty schools.").code()).isZero();
    }

    @Test
    void aReviewRoundFromSubmitToPublish() throws Exception {
        assertThat(writer("status", id, "submit", "--note", "ready").out().strip()).isEqualTo("in-review");

        Result refused = writer("status", id, "approve");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err().strip()).isEqualTo("Only an editor can approve an article.");

        Result commented = editor("comment", id, "--add", "Which fox?", "--quote", "quick  brown fox");
        assertThat(commented.code()).as(commented.err()).isZero();
        assertThat(commented.out().strip()).isEqualTo("1");
        assertThat(editor("comment", id, "--add", "And which dog?", "--quote", "no such words").code()).isEqualTo(2);

        Result blocked = editor("status", id, "approve");
        assertThat(blocked.code()).isEqualTo(3);
        // one sentence on one line, not the checklist's last line run into the refusal
        assertThat(blocked.err()).isEqualTo("The article cannot be approved until the pre-publish checklist passes:"
                + " one comment is not resolved." + System.lineSeparator());
        assertThat(blocked.out()).isEmpty();

        assertThat(editor("status", id, "request-changes").code()).isEqualTo(3);
        assertThat(editor("status", id, "request-changes", "--note", "Say which fox.").out().strip())
                .isEqualTo("changes-requested");
        assertThat(writer("list", "--waiting-for-me").out()).contains(id);

        assertThat(writer("comment", id, "--add", "The red one.", "--reply", "1").out().strip()).isEqualTo("2");
        Path body = dir.resolve("body2.md");
        Files.writeString(body, "The quick red fox jumps over the lazy dog.\n\nPupils study monuments.\n",
                StandardCharsets.UTF_8);
        assertThat(writer("edit", id, "--body-file", body.toString(), "--note", "red").code()).isZero();
        Result comments = writer("comment", id, "--list");
        assertThat(comments.out()).contains("#1  Eva").contains("on \"quick brown fox\"").contains("Which fox?")
                .contains("#2  Sara").contains("The red one.").contains("open");
        assertThat(writer("status", id, "submit").out().strip()).isEqualTo("in-review");
        assertThat(editor("list", "--waiting-for-me").out()).contains(id);
        assertThat(writer("list", "--waiting-for-me").out()).doesNotContain(id);

        Result since = editor("diff", id, "submitted", "current");
        assertThat(since.out()).contains("(no changes)");
        Result diff = editor("diff", id, "1", "current");
        assertThat(diff.code()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("standfirst: {+Forty schools.+}")
                .contains("The quick [-brown-]{+red+} fox jumps over the lazy dog.");
        assertThat(diff.out().indexOf("standfirst:")).isLessThan(diff.out().indexOf("quick"));
        JsonNode json = new JsonCodec().mapper().readTree(editor("diff", id, "1", "current", "--json").out());
        assertThat(json.path("metadata").get(0).path("field").asText()).isEqualTo("standfirst");
        assertThat(json.path("blocks").get(0).path("change").asText()).isEqualTo("changed");

        assertThat(editor("comment", id, "--resolve", "2").out()).contains("Comment 1 resolved.");
        assertThat(editor("checklist", id).out()).contains("[x] Every comment is resolved").contains("passes");
        assertThat(editor("status", id, "approve").out().strip()).isEqualTo("approved");
        assertThat(editor("status", id, "publish").out().strip()).isEqualTo("published");

        Result history = writer("history", id);
        assertThat(history.out()).contains("Revisions").contains("Timeline")
                .contains("in-review -> changes-requested").contains("Say which fox.")
                .contains("approved -> published");
        JsonNode h = new JsonCodec().mapper().readTree(writer("history", id, "--json").out());
        assertThat(h.path("statusChanges").get(0).path("to").asText()).isEqualTo("draft");
        assertThat(h.path("revisions").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void restoreMakesANewRevisionWithTheOldContent() {
        assertThat(writer("edit", id, "--headline", "A worse headline").code()).isZero();
        Result restored = writer("restore", id, "1");
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(writer("show", id).out()).startsWith("Heritage classrooms open");
        assertThat(writer("history", id).out()).contains("Restored revision 1");
        assertThat(writer("diff", id, "1", "current").out()).doesNotContain("headline:");
        assertThat(writer("restore", id, "99").code()).isEqualTo(2);
    }

    @Test
    void checklistRulesCanBeSwitchedOffByEditors() {
        assertThat(writer("edit", id, "--standfirst", "").code()).isZero();
        assertThat(editor("checklist", id).out()).contains("[ ] The article has a standfirst: The article has no standfirst.")
                .contains("fails");
        assertThat(writer("checklist", "--disable", "standfirst").code()).isEqualTo(3);
        assertThat(editor("checklist", "--disable", "standfirst").out()).contains("standfirst           off");
        assertThat(editor("checklist", id).out()).contains("[-] The article has a standfirst (off)").contains("passes");
        assertThat(editor("checklist", "--disable", "nonsense").code()).isEqualTo(2);
    }

    @Test
    void embargoIsSetAndLiftedWithItsOffset() {
        assertThat(writer("edit", id, "--embargo", "2026-05-01T09:00+02:00").code()).isZero();
        assertThat(writer("show", id).out()).contains("embargo: 2026-05-01T09:00:00+02:00");
        assertThat(writer("edit", id, "--embargo", "2026-05-01 09:00").code()).isEqualTo(2);
        assertThat(writer("edit", id, "--no-embargo").code()).isZero();
        assertThat(writer("show", id).out()).doesNotContain("embargo:");
    }

    @Test
    void unknownStepsAndArticlesAreBadInput() {
        assertThat(writer("status", id, "bless").code()).isEqualTo(2);
        assertThat(writer("status", "00000000-0000-0000-0000-000000000000", "submit").code()).isEqualTo(2);
        assertThat(writer("diff", id, "1", "banana").code()).isEqualTo(2);
        assertThat(writer("comment", id, "--resolve", "7").code()).isEqualTo(2);
    }

    @Test
    void reviewByFileBetweenTwoLibraries() {
        Path toEditor = dir.resolve("to-editor.json");
        assertThat(writer("status", id, "submit").code()).isZero();
        Result exported = writer("review-export", id, "--out", toEditor.toString());
        assertThat(exported.code()).as(exported.err()).isZero();

        Result imported = on("editor.newsdesk", "Eva", "editor", "review-import", toEditor.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains(id).contains("status: in-review").contains("new article");
        assertThat(on("editor.newsdesk", "Eva", "editor", "comment", id, "--add", "Which fox?", "--quote", "brown fox")
                .code()).isZero();
        assertThat(on("editor.newsdesk", "Eva", "editor", "status", id, "request-changes", "--note", "Say which.")
                .code()).isZero();
        Path toWriter = dir.resolve("to-writer.json");
        assertThat(on("editor.newsdesk", "Eva", "editor", "review-export", id, "--out", toWriter.toString()).code())
                .isZero();

        Result back = writer("review-import", toWriter.toString());
        assertThat(back.out()).contains("status: changes-requested").contains("comments: 1 new");
        assertThat(writer("comment", id, "--list").out()).contains("Which fox?").contains("Eva");
        assertThat(writer("show", id).out()).contains("status: changes-requested");
        assertThat(writer("history", id).out()).contains("Say which.");

        Result notAPackage = writer("review-import", dir.resolve("body.md").toString());
        assertThat(notAPackage.code()).isEqualTo(2);
        assertThat(notAPackage.err()).contains("body.md");
    }

    @Test
    void everyReviewCommandHasHelp() {
        for (String command : new String[] {"status", "history", "diff", "comment", "checklist", "restore",
                "resolve-conflict", "review-export", "review-import"}) {
            Result r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).contains("Usage:").contains("--library");
        }
    }
}
