package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Comment;
import org.newsdesk.model.CommentThread;
import org.newsdesk.model.DiffSegment;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.StatusChange;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;
import org.newsdesk.ui.editor.SaveState;
import org.newsdesk.ui.editor.body.BodyArea;

/**
 * An editor's round through the real window, as the people would do it: a press officer writes and submits; an
 * editor comments on words in the body and requests changes; the writer sees both, fixes the text, answers and
 * resubmits; the editor sees only the fix under "Changes since submitted" and approves.
 */
class ReviewRoundTest extends WindowTest {
    static final String WRITER = "Pat Writer";
    static final String EDITOR = "Eda Editor";

    private Path library() {
        return dir.resolve("lib.newsdesk");
    }

    private Article stored() throws Exception {
        return fx(() -> app.window().editor().storedProperty().get());
    }

    private void restart(String name, String role, UUID open) throws Exception {
        if (app != null) {
            app.quit();
        }
        app = AppDriver.startAs(dir, library(), open, name, role);
        AppDriver.waitUntil("article open", () -> app.window().editor().storedProperty().get() != null
                && app.window().editor().storedProperty().get().id().equals(open));
    }

    private void showTab(String id) throws Exception {
        robot.clickOn("#" + id);
        AppDriver.waitUntil(id + " selected", () -> robot.lookup("#" + id).tryQuery().isPresent()
                && app.window().review().reviewModel().loadedProperty().get());
    }

    private ArticleStatus status() throws Exception {
        return fx(() -> app.window().review().reviewModel().statusProperty().get());
    }

    private void waitStatus(ArticleStatus expected) throws Exception {
        waitFor("status " + expected, () -> app.window().review().reviewModel().statusProperty().get() == expected
                && app.window().editor().storedProperty().get().status() == expected);
    }

    /** Waits, and on a time-out says what the Review tab and the notice bar said. */
    private void waitFor(String what, java.util.function.BooleanSupplier condition) throws Exception {
        try {
            AppDriver.waitUntil(what, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; review message: " + fx(() -> app.window().review()
                    .reviewModel().messageProperty().get()) + "; notice: " + fx(() -> robot.lookup("#notice")
                    .queryAs(Label.class).getText()), e);
        }
    }

    private List<CommentThread> threads() throws Exception {
        return fx(() -> app.window().review().reviewModel().commentsProperty().get().threads());
    }

    private BodyArea area() {
        return robot.lookup("#body").queryAs(BodyArea.class);
    }

    private String text(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    @Test
    void anEditorsRound() throws Exception {
        // the press officer writes and submits
        app = AppDriver.startAs(dir, library(), null, WRITER, "press-officer");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        AppDriver.waitUntil("new article", () -> app.window().editor().storedProperty().get() != null);
        robot.write("Schools plant ten thousand trees");
        robot.clickOn("#standfirst").write("Pupils in forty schools took part.");
        openDetails();
        robot.clickOn("#tags-input").write("Environment").push(KeyCode.ENTER);
        robot.clickOn("#body").write("Pupils in forty schools planted trees this week. The ministry paid for them.");
        AppDriver.waitUntil("saved", () -> app.window().editor().saveStateProperty().get() == SaveState.SAVED);
        UUID id = stored().id();
        showTab("tab-review");
        assertThat(text("#review-status")).isEqualTo("Draft");
        robot.clickOn("#review-submit");
        waitStatus(ArticleStatus.IN_REVIEW);

        // the editor comments on words in the body and requests changes
        restart(EDITOR, "editor", id);
        showTab("tab-review");
        assertThat(text("#review-status")).isEqualTo("In review");
        robot.clickOn("#body");
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        for (int i = 0; i < 2; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        }
        for (int i = 0; i < 2; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT);
        }
        String selected = fx(() -> area().getSelectedText()).strip();
        assertThat(selected).isNotBlank();
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M);
        AppDriver.waitUntil("comment dialog", () -> robot.lookup("#text-prompt").tryQuery().isPresent());
        assertThat(text("#text-prompt-quote")).isEqualTo("\u201C" + selected + "\u201D");
        robot.clickOn("#text-prompt-text").write("How many schools exactly? The ministry says 38.");
        robot.clickOn("#text-prompt-confirm");
        waitFor("comment listed", () -> app.window().review().reviewModel().commentsProperty().get()
                .threads().size() == 1);
        Comment comment = threads().get(0).first();
        assertThat(comment.author()).isEqualTo(EDITOR);
        assertThat(comment.quote()).isEqualTo(selected);
        assertThat(stored().body().plainText().substring(comment.anchor().start(), comment.anchor().end()))
                .isEqualTo(selected);
        AppDriver.waitUntil("highlighted", () -> app.window().review().highlights().count() == 1);
        assertThat(fx(() -> area().getText(app.window().review().highlights().rangeOf(comment.id()).orElseThrow())))
                .isEqualTo(selected);

        robot.clickOn("#review-request-changes");
        AppDriver.waitUntil("note dialog", () -> robot.lookup("#text-prompt").tryQuery().isPresent());
        robot.clickOn("#text-prompt-text").write("Check the number of schools.");
        robot.clickOn("#text-prompt-confirm");
        waitStatus(ArticleStatus.CHANGES_REQUESTED);
        // the step reloaded the body into the editor: the commented words are still highlighted
        AppDriver.waitUntil("highlight kept", () -> app.window().review().highlights().rangeOf(comment.id())
                .map(r -> area().getText(r).equals(selected)).orElse(false));

        // the writer sees the comment and the status, fixes the text, answers and resubmits
        restart(WRITER, "press-officer", id);
        robot.clickOn("#filter-waiting");
        AppDriver.waitUntil("waiting for me", () -> app.window().libraryModel().results().size() == 1
                && app.window().libraryModel().results().get(0).article().id().equals(id));
        showTab("tab-review");
        AppDriver.waitUntil("comment shown", () -> robot.lookup("#comment-1").tryQuery().isPresent());
        assertThat(text("#review-status")).isEqualTo("Changes requested");
        assertThat(fx(() -> robot.lookup("#comment-1 .comment-text").queryAs(Label.class).getText()))
                .isEqualTo("How many schools exactly? The ministry says 38.");
        assertThat(fx(() -> robot.lookup("#review-timeline .timeline-note").queryAs(Label.class).getText()))
                .isEqualTo("Check the number of schools.");
        assertThat(fx(() -> app.window().review().highlights().count())).isEqualTo(1);

        robot.clickOn("#body");
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write(" Thirty-eight schools took part.");
        robot.clickOn("#comment-1 .comment-open-reply");
        robot.clickOn("#comment-1 .comment-reply-field").write("Fixed: 38, as the ministry says.").push(KeyCode.ENTER);
        AppDriver.waitUntil("reply listed", () -> app.window().review().reviewModel().commentsProperty().get()
                .threads().get(0).replies().size() == 1);
        robot.clickOn("#comment-1 .comment-resolve");
        AppDriver.waitUntil("resolved", () -> app.window().review().reviewModel().commentsProperty().get()
                .threads().get(0).resolved());
        robot.clickOn("#review-submit");
        waitStatus(ArticleStatus.IN_REVIEW);

        // the editor sees only the fix since the changes were requested, and approves
        restart(EDITOR, "editor", id);
        robot.clickOn("#tab-history");
        AppDriver.waitUntil("since submitted enabled", () -> app.window().review().historyModel()
                .sinceSubmittedProperty().get() != null);
        robot.clickOn("#history-since-submitted");
        AppDriver.waitUntil("diff shown", () -> app.window().review().historyModel().diffProperty().get() != null);
        assertThat(fx(() -> app.window().review().historyView().diff().segments(DiffSegment.Kind.INSERTED)))
                .containsExactly(" Thirty-eight schools took part.");
        assertThat(fx(() -> app.window().review().historyView().diff().segments(DiffSegment.Kind.DELETED))).isEmpty();
        assertThat(fx(() -> app.window().review().historyModel().diffProperty().get().metadata())).isEmpty();

        showTab("tab-review");
        robot.clickOn("#review-approve");
        waitStatus(ArticleStatus.APPROVED);
        assertThat(fx(() -> robot.lookup("#review-message").queryAs(Label.class).isVisible())).isFalse();
        try (Library check = TestLibrary.open(library())) {
            List<StatusChange> steps = check.workflow().timeline(id);
            assertThat(steps).extracting(StatusChange::author)
                    .containsExactly(WRITER, WRITER, EDITOR, WRITER, EDITOR);
            assertThat(steps.get(2).note()).isEqualTo("Check the number of schools.");
        }
    }

    @Test
    void aRefusedStepShowsWhyAndTheChecklistSaysWhatIsMissing() throws Exception {
        UUID id;
        try (Library writer = TestLibrary.open(library(), new org.newsdesk.model.User(WRITER,
                org.newsdesk.model.Role.PRESS_OFFICER))) {
            Article draft = writer.articles().create(Article.draft("Budget talks resume", org.newsdesk.model.Language.ENGLISH,
                    Instant.EPOCH).withBody(org.newsdesk.model.Document.ofPlainText("Talks resume on Monday.")));
            writer.workflow().transition(draft.id(), org.newsdesk.model.WorkflowAction.SUBMIT, null);
            id = draft.id();
        }
        restart(EDITOR, "editor", id);
        showTab("tab-review");
        waitFor("checklist shown", () -> robot.lookup("#check-standfirst").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#check-standfirst").query().getStyleClass())).contains("failed");
        assertThat(fx(() -> robot.lookup("#check-tags").query().getStyleClass())).contains("failed");
        assertThat(fx(() -> robot.lookup("#check-headline").query().getStyleClass())).contains("ok");

        robot.clickOn("#review-approve");
        waitFor("refusal shown", () -> !app.window().review().reviewModel().messageProperty().get().isEmpty());
        String reason = text("#review-message");
        assertThat(reason).startsWith("The article cannot be approved until the pre-publish checklist passes")
                .contains("standfirst").contains("tag").endsWith(".");
        assertThat(fx(() -> robot.lookup("#review-message").query().isVisible())).isTrue();
        assertThat(status()).isEqualTo(ArticleStatus.IN_REVIEW);

        // switching to a press officer's profile: the editor's steps are no longer offered
        robot.clickOn("Tools").clickOn("Profile\u2026");
        AppDriver.waitUntil("profile dialog", () -> robot.lookup("#profile-role").tryQuery().isPresent());
        robot.clickOn("#profile-role").clickOn("Press officer (writes and submits)");
        robot.clickOn("OK");
        waitFor("steps follow the profile", () -> app.window().review().reviewModel().actions().isEmpty());
        assertThat(fx(() -> robot.lookup("#review-actions").queryAs(javafx.scene.layout.Pane.class).getChildren()))
                .isEmpty();
    }

    @Test
    void aRevisionIsOpenedComparedAndRestoredAsANewRevision() throws Exception {
        UUID id;
        try (Library writer = TestLibrary.open(library(), new org.newsdesk.model.User(WRITER,
                org.newsdesk.model.Role.PRESS_OFFICER))) {
            Article first = writer.articles().create(Article.draft("Floods close roads in the north",
                    org.newsdesk.model.Language.ENGLISH, Instant.EPOCH)
                    .withBody(org.newsdesk.model.Document.ofPlainText("Roads are closed.")));
            writer.articles().save(writer.articles().get(first.id()).withHeadline("Floods close twelve roads")
                    .withBody(org.newsdesk.model.Document.ofPlainText("Twelve roads are closed.")), "Sharper headline");
            id = first.id();
        }
        restart(WRITER, "press-officer", id);
        robot.clickOn("#tab-history");
        AppDriver.waitUntil("revisions listed", () -> app.window().review().historyModel().revisions().size() == 2);

        robot.clickOn(revisionCell(2));
        robot.clickOn("#history-open");
        AppDriver.waitUntil("revision dialog", () -> robot.lookup("#revision-dialog").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup(".revision-headline").queryAs(Label.class).getText()))
                .isEqualTo("Floods close twelve roads");
        robot.clickOn("Close");

        robot.press(KeyCode.CONTROL).clickOn(revisionCell(1)).release(KeyCode.CONTROL);
        AppDriver.waitUntil("two selected", () -> "Compare the two".equals(
                robot.lookup("#history-compare").queryAs(javafx.scene.control.Button.class).getText()));
        robot.clickOn("#history-compare");
        AppDriver.waitUntil("diff shown", () -> app.window().review().historyModel().diffProperty().get() != null);
        assertThat(fx(() -> app.window().review().historyModel().diffProperty().get().metadata()))
                .extracting(org.newsdesk.model.FieldChange::field).containsExactly("headline");
        assertThat(fx(() -> app.window().review().historyView().diff().segments(DiffSegment.Kind.INSERTED)))
                .contains("Twelve");

        robot.clickOn(revisionCell(1)); // a plain click selects just this one
        robot.clickOn("#history-restore");
        AppDriver.waitUntil("restored", () -> "Floods close roads in the north".equals(
                app.window().editor().headlineProperty().get()));
        AppDriver.waitUntil("new revision listed", () -> app.window().review().historyModel().revisions().size() == 3);
        assertThat(fx(() -> app.window().review().historyModel().revisions().get(0).note()))
                .isEqualTo("Restored revision 1");
        assertThat(stored().body().plainText()).isEqualTo("Roads are closed.");
        // the editor works on from the restored version: typing saves without a conflict
        robot.clickOn("#standfirst").write("Rain continues.");
        AppDriver.waitUntil("saved", () -> app.window().editor().saveStateProperty().get() == SaveState.SAVED
                && "Rain continues.".equals(app.window().editor().storedProperty().get().standfirst()));
    }

    private Node revisionCell(int number) {
        return robot.lookup(".revision-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell
                && cell.getItem() instanceof org.newsdesk.model.RevisionInfo r && r.number() == number).query();
    }

    @Test
    void aReviewPackageGoesToAnotherLibraryAndBackThroughTheFileMenu() throws Exception {
        Path writerLibrary = library();
        Path editorLibrary = dir.resolve("editor.newsdesk");
        Path sent = dir.resolve("out").resolve("budget.review.json");
        Path returned = dir.resolve("back.review.json");
        UUID id;
        try (Library writer = TestLibrary.open(writerLibrary, new org.newsdesk.model.User(WRITER,
                org.newsdesk.model.Role.PRESS_OFFICER))) {
            id = writer.articles().create(Article.draft("Budget talks resume", org.newsdesk.model.Language.ENGLISH,
                    Instant.EPOCH).withStandfirst("Ministers meet on Monday.").withTags(List.of("Economy"))
                    .withBody(org.newsdesk.model.Document.ofPlainText("Talks resume on Monday in Geneva."))).id();
        }
        // the writer submits and sends the package
        restart(WRITER, "press-officer", id);
        showTab("tab-review");
        robot.clickOn("#review-submit");
        waitStatus(ArticleStatus.IN_REVIEW);
        usePicker(sent);
        robot.clickOn("File").clickOn("Send for review…");
        AppDriver.waitUntil("package written", () -> java.nio.file.Files.exists(sent));

        // the editor, in another library, imports it, comments, requests changes and sends it back
        app.quit();
        app = AppDriver.startAs(dir, editorLibrary, null, EDITOR, "editor");
        usePicker(sent);
        robot.clickOn("File").clickOn("Import review…");
        AppDriver.waitUntil("summary", () -> robot.lookup("#review-import-summary").tryQuery().isPresent());
        assertThat(fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#review-import-summary").query())
                .getContentText())).contains("new to this library").contains("Status: In review.");
        robot.clickOn("OK");
        AppDriver.waitUntil("imported article open", () -> app.window().editor().storedProperty().get() != null
                && app.window().editor().storedProperty().get().id().equals(id));
        showTab("tab-review");
        robot.clickOn("#review-general-comment").write("Add the names of the ministers.");
        robot.clickOn("#review-send-comment");
        waitFor("comment listed", () -> app.window().review().reviewModel().commentsProperty().get().threads().size() == 1);
        robot.clickOn("#review-request-changes");
        AppDriver.waitUntil("note dialog", () -> robot.lookup("#text-prompt").tryQuery().isPresent());
        robot.clickOn("#text-prompt-text").write("Names, please.");
        robot.clickOn("#text-prompt-confirm");
        waitStatus(ArticleStatus.CHANGES_REQUESTED);
        usePicker(returned);
        robot.clickOn("File").clickOn("Send for review…");
        AppDriver.waitUntil("package written", () -> java.nio.file.Files.exists(returned));

        // back home, the writer imports the answer: the status, the comment and the note are there
        restart(WRITER, "press-officer", id);
        usePicker(returned);
        robot.clickOn("File").clickOn("Import review…");
        AppDriver.waitUntil("summary", () -> robot.lookup("#review-import-summary").tryQuery().isPresent());
        assertThat(fx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#review-import-summary").query())
                .getContentText())).contains("same on both sides").contains("1 new comment")
                .contains("Status: Changes requested.");
        robot.clickOn("OK");
        showTab("tab-review");
        waitStatus(ArticleStatus.CHANGES_REQUESTED);
        AppDriver.waitUntil("comment shown", () -> robot.lookup("#comment-1").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#comment-1 .comment-text").queryAs(Label.class).getText()))
                .isEqualTo("Add the names of the ministers.");
        assertThat(fx(() -> robot.lookup("#review-timeline .timeline-note").queryAs(Label.class).getText()))
                .isEqualTo("Names, please.");
        // the editor's next autosave is no conflict: the window works on from the imported version
        robot.clickOn("#standfirst").push(KeyCode.END).write(" With names.");
        AppDriver.waitUntil("saved", () -> app.window().editor().saveStateProperty().get() == SaveState.SAVED
                && app.window().editor().storedProperty().get().standfirst().endsWith("With names."));
    }

    /** Answers the next file dialogs with {@code file}, as a user picking it would. */
    private void usePicker(Path file) throws Exception {
        fx(() -> {
            app.window().review().byFile().setFilePicker(new org.newsdesk.ui.review.FilePicker() {
                @Override
                public Path save(javafx.stage.Window owner, String title, String suggestedName) {
                    return file;
                }

                @Override
                public Path open(javafx.stage.Window owner, String title) {
                    return file;
                }
            });
            return null;
        });
    }
}
