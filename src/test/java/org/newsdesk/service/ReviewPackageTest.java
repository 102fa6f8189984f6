package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.Comment;
import org.newsdesk.model.ConflictMark;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.ReviewImportResult;
import org.newsdesk.model.ReviewImportResult.TextOutcome;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.RevisionRef;
import org.newsdesk.model.StatusChange;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.testing.TestLibrary;

/** Review by file between two libraries that share nothing but the package files. */
class ReviewPackageTest {
    @TempDir
    Path dir;
    Library writerLib;
    Library editorLib;
    UUID id;

    @BeforeEach
    void open() {
        // one clock, as two people on the same day; the libraries are separate files
        TestLibrary.TickingClock clock = new TestLibrary.TickingClock(Instant.parse("2026-03-01T09:00:00Z"));
        writerLib = Library.open(dir.resolve("writer.newsdesk"), clock, () -> ReviewFixture.WRITER);
        editorLib = Library.open(dir.resolve("editor.newsdesk"), clock, () -> ReviewFixture.EDITOR);
        id = writerLib.articles().create(Article.draft("Heritage classrooms open", Language.of("en"), Instant.EPOCH)
                .withStandfirst("Forty schools.").withTags(List.of("Education"))
                .withBody(Document.of(Block.paragraph("The quick brown fox jumps over the lazy dog."),
                        Block.paragraph("Pupils study monuments.")))).id();
    }

    @AfterEach
    void close() {
        writerLib.close();
        editorLib.close();
    }

    private ReviewImportResult send(Library from, Library to, String name) {
        Path file = dir.resolve(name + ".newsdesk-review.json");
        from.reviews().exportPackage(id, file);
        return to.reviews().importPackage(file);
    }

    private Article edit(Library lib, String firstParagraph) {
        Article a = lib.articles().get(id);
        return lib.articles().save(a.withBody(Document.of(Block.paragraph(firstParagraph),
                Block.paragraph("Pupils study monuments."))), "edit");
    }

    @Test
    void writerSubmitsEditorCommentsAndRequestsChangesWriterSeesBoth() throws Exception {
        writerLib.workflow().transition(id, WorkflowAction.SUBMIT, "please review");
        Path out = dir.resolve("to-editor.json");
        writerLib.reviews().exportPackage(id, out);
        var json = writerLib.json().mapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(json.path("format").asText()).isEqualTo("newsdesk-review");
        assertThat(json.path("version").asInt()).isEqualTo(1);

        ReviewImportResult atEditor = editorLib.reviews().importPackage(out);
        assertThat(atEditor.text()).isEqualTo(TextOutcome.NEW);
        assertThat(editorLib.articles().get(id).status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(editorLib.workflow().writer(id)).contains("Sara Writer");
        assertThat(editorLib.workflow().waitingForMe()).hasSize(1);

        Comment remark = editorLib.comments().addOnQuote(id, "Which fox?", "brown fox");
        editorLib.workflow().transition(id, WorkflowAction.REQUEST_CHANGES, "Say which fox.");
        ReviewImportResult atWriter = send(editorLib, writerLib, "to-writer");

        assertThat(atWriter.text()).isEqualTo(TextOutcome.SAME);
        assertThat(atWriter.status()).isEqualTo(ArticleStatus.CHANGES_REQUESTED);
        assertThat(atWriter.commentsAdded()).isEqualTo(1);
        assertThat(writerLib.articles().get(id).status()).isEqualTo(ArticleStatus.CHANGES_REQUESTED);
        List<Comment> seen = writerLib.comments().list(id);
        assertThat(seen).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(remark.id());
            assertThat(c.author()).isEqualTo("Eva Editor");
            assertThat(c.anchor().textIn(writerLib.articles().get(id).body().plainText())).isEqualTo("brown fox");
        });
        assertThat(writerLib.workflow().timeline(id)).extracting(StatusChange::note).contains("Say which fox.");
        assertThat(writerLib.workflow().waitingForMe()).extracting(s -> s.id()).containsExactly(id);

        // second round: the writer fixes the text and answers; the editor takes the new text without a conflict
        edit(writerLib, "The quick red fox jumps over the lazy dog.");
        writerLib.comments().reply(remark.id(), "The red one.");
        writerLib.workflow().transition(id, WorkflowAction.SUBMIT, null);
        ReviewImportResult back = send(writerLib, editorLib, "to-editor-2");
        assertThat(back.text()).isEqualTo(TextOutcome.TAKEN);
        assertThat(back.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(editorLib.articles().get(id).body().plainText()).startsWith("The quick red fox");
        Comment moved = editorLib.comments().list(id).get(0);
        assertThat(moved.anchor().textIn(editorLib.articles().get(id).body().plainText())).isEqualTo("fox");
        assertThat(editorLib.comments().threads(id).get(0).replies()).extracting(Comment::text)
                .containsExactly("The red one.");
        assertThat(editorLib.diffs().sinceSubmitted(id).isEmpty()).isTrue();

        // importing the same package again changes nothing
        ReviewImportResult again = editorLib.reviews().importPackage(dir.resolve("to-editor-2.newsdesk-review.json"));
        assertThat(again.text()).isEqualTo(TextOutcome.SAME);
        assertThat(again.commentsAdded() + again.commentsUpdated() + again.stepsAdded() + again.revisionsAdded()).isZero();
    }

    @Test
    void textChangedOnBothSidesIsKeptAsAConflictRevisionNeverOverwritten() {
        send(writerLib, editorLib, "first");
        edit(editorLib, "The quick brown fox leaps over the lazy dog.");
        edit(writerLib, "The slow brown fox jumps over the lazy dog.");

        ReviewImportResult r = send(writerLib, editorLib, "second");
        assertThat(r.text()).isEqualTo(TextOutcome.CONFLICT);
        assertThat(editorLib.articles().get(id).body().plainText()).startsWith("The quick brown fox leaps");
        RevisionInfo conflict = editorLib.history().history(id).revisions().stream()
                .filter(RevisionInfo::isOpenConflict).findFirst().orElseThrow();
        assertThat(conflict.number()).isEqualTo(r.conflictRevision());
        assertThat(conflict.author()).isEqualTo("Sara Writer");
        var diff = editorLib.diffs().diff(id, RevisionRef.number(conflict.number()), RevisionRef.CURRENT);
        assertThat(diff.blocks().get(0).segments()).extracting(s -> s.kind() + ":" + s.text())
                .contains("DELETED:slow", "INSERTED:quick", "DELETED:jumps", "INSERTED:leaps");

        // the editor merges by hand and settles the conflict; the writer then takes the merged text
        edit(editorLib, "The slow brown fox leaps over the lazy dog.");
        editorLib.history().resolveConflict(id, conflict.number());
        ReviewImportResult back = send(editorLib, writerLib, "third");
        assertThat(back.text()).isEqualTo(TextOutcome.TAKEN);
        assertThat(writerLib.articles().get(id).body().plainText()).startsWith("The slow brown fox leaps");
    }

    @Test
    void restoringTheConflictRevisionTakesTheirTextAndSettlesIt() {
        send(writerLib, editorLib, "first");
        edit(editorLib, "Editor's version of the fox sentence.");
        edit(writerLib, "Writer's version of the fox sentence.");
        int conflict = send(writerLib, editorLib, "second").conflictRevision();
        editorLib.history().restore(id, conflict);
        assertThat(editorLib.articles().get(id).body().plainText()).startsWith("Writer's version");
        assertThat(editorLib.history().history(id).revisions().get(conflict - 1).conflict())
                .isEqualTo(ConflictMark.RESOLVED);
    }

    @Test
    void theLaterResolveOrReopenWinsAndNewCommentsAreCarriedToTheTextHere() {
        send(writerLib, editorLib, "first");
        Comment c = editorLib.comments().addOnQuote(id, "Which fox?", "brown fox");
        send(editorLib, writerLib, "second");
        writerLib.comments().resolve(c.id());
        editorLib.comments().addOnQuote(id, "Which dog?", "lazy dog");
        edit(writerLib, "Yesterday the quick brown fox jumps over the lazy dog.");
        ReviewImportResult r = send(editorLib, writerLib, "third");
        assertThat(r.text()).isEqualTo(TextOutcome.KEPT);
        assertThat(r.commentsAdded()).isEqualTo(1);
        assertThat(writerLib.comments().list(id).get(0).resolved()).isTrue(); // the older "open" state lost
        String text = writerLib.articles().get(id).body().plainText();
        assertThat(writerLib.comments().list(id).get(1).anchor().textIn(text)).isEqualTo("lazy dog");

        ReviewImportResult toEditor = send(writerLib, editorLib, "fourth");
        assertThat(toEditor.commentsUpdated()).isEqualTo(1);
        assertThat(editorLib.comments().unresolvedCount(id)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAReviewPackageChangesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"newsdesk-article\",\"version\":1,\"article\":{}}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> editorLib.reviews().importPackage(bad)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("not a Newsdesk review package");
        Files.writeString(bad, "{\"format\":\"newsdesk-review\",\"version\":9}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> editorLib.reviews().importPackage(bad)).hasMessageContaining("newer Newsdesk");
        Files.writeString(bad, "{\"format\":\"newsdesk-review\",", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> editorLib.reviews().importPackage(bad)).hasMessageContaining("not valid JSON");
        assertThat(editorLib.articles().count()).isZero();
    }
}
