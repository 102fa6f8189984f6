package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleSummary;
import org.newsdesk.model.Language;
import org.newsdesk.model.LanguageBadge;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;

/**
 * A press officer has an English release and its French version, imported as two separate articles, and links them
 * with Article ▸ Link a translation… (Ctrl+Shift+L): the dialog lists the French articles free to join, she types a
 * word and clicks the right one; both appear in the Translations tab and as EN FR badges in the library. Linking a
 * second French article is refused with the service's one sentence and changes nothing. Unlink from set (with its
 * confirmation) puts them apart again.
 */
class LinkTranslationTest extends WindowTest {
    private static final String ENGLISH = "Heritage Classes programme opens in forty schools";
    private static final String FRENCH = "Le programme Classes du patrimoine s’ouvre dans quarante écoles";
    private static final String OTHER_FRENCH = "Passerelle : les lycées accueillent des apprentis";

    @Test
    void linkAFrenchArticleThroughTheDialogSeeTheRefusalThenUnlink() throws Exception {
        Path file = dir.resolve("lib.newsdesk");
        Article english;
        Article french;
        Article otherFrench;
        try (Library setup = TestLibrary.open(file)) {
            english = setup.articles().create(Article.draft(ENGLISH, Language.ENGLISH, Instant.EPOCH));
            french = setup.articles().create(Article.draft(FRENCH, Language.of("fr"), Instant.EPOCH));
            otherFrench = setup.articles().create(Article.draft(OTHER_FRENCH, Language.of("fr"), Instant.EPOCH));
        }
        app = AppDriver.begin(dir, file, english.id(), true).get(90, java.util.concurrent.TimeUnit.SECONDS);
        AppDriver.waitUntil("English article open", () -> app.window().editor().storedProperty().get() != null
                && app.window().editor().storedProperty().get().id().equals(english.id()));
        fx(() -> {
            TabPane side = (TabPane) robot.lookup("#side-panel").query();
            side.getSelectionModel().select(side.getTabs().stream()
                    .filter(t -> "tab-translations".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        AppDriver.waitUntil("Translations tab shown", () -> robot.lookup("#translations-link").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(fx(() -> robot.lookup("#translations-unlink").query().isDisabled())).isTrue(); // alone so far

        // Article ▸ Link a translation…: both French articles are free to join, the English one is not offered
        robot.clickOn("#headline");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        AppDriver.waitUntil("link dialog", () -> robot.lookup("#link-search").tryQuery().isPresent());
        AppDriver.waitUntil("candidates listed", () -> candidates().size() == 2);
        assertThat(fx(() -> ids(candidates()))).containsExactlyInAnyOrder(french.id(), otherFrench.id());
        robot.clickOn("#link-search").write("programme");
        AppDriver.waitUntil("the search narrows the list", () -> ids(candidates()).equals(List.of(french.id())));
        assertThat(fx(() -> ((Label) candidateCell(french.id()).lookup(".language-badge")).getText())).isEqualTo("FR");
        robot.clickOn(fx(() -> candidateCell(french.id())));
        robot.clickOn("#link-confirm");

        AppDriver.waitUntil("EN FR badges in the library", () -> languages(english.id()).equals(Set.of("en", "fr"))
                && languages(french.id()).equals(Set.of("en", "fr")));
        AppDriver.waitUntil("the French article in the Translations tab", () -> tabHeadlines().contains(FRENCH));
        assertThat(fx(this::tabHeadlines)).contains(ENGLISH, FRENCH);
        assertThat(notice()).isEqualTo("Linked “" + FRENCH + "” (FR) into this article’s translation set.");
        AppDriver.waitUntil("Unlink enabled", () -> !robot.lookup("#translations-unlink").query().isDisabled());

        // a second French article: offered (it is alone), but the set has its French member already
        robot.clickOn("#translations-link");
        AppDriver.waitUntil("link dialog again", () -> robot.lookup("#link-search").tryQuery().isPresent());
        AppDriver.waitUntil("only the free French article listed", () -> ids(candidates())
                .equals(List.of(otherFrench.id())));
        robot.clickOn("#link-search").write("Passerelle");
        AppDriver.waitUntil("found by its word", () -> ids(candidates()).equals(List.of(otherFrench.id())));
        robot.clickOn(fx(() -> candidateCell(otherFrench.id())));
        robot.clickOn("#link-confirm");
        String refusal = "The set already has a French article (" + french.id() + "), so " + otherFrench.id()
                + " cannot join it. Nothing was linked.";
        AppDriver.waitUntil("the refusal in the notice area", () -> refusal.equals(noticeText()));
        assertThat(fx(() -> app.window().libraryModel().badges().get(otherFrench.id()))).isNull();
        assertThat(fx(() -> languages(english.id()))).isEqualTo(Set.of("en", "fr"));
        assertThat(fx(this::tabHeadlines)).contains(FRENCH).doesNotContain(OTHER_FRENCH);

        // Unlink from set, confirmed: the two stand apart again
        robot.clickOn("#translations-unlink");
        AppDriver.waitUntil("confirmation asked", () -> dialogButton("Unlink") != null);
        robot.clickOn(fx(() -> dialogButton("Unlink")));
        AppDriver.waitUntil("no badges left", () -> app.window().libraryModel().badges().get(english.id()) == null
                && app.window().libraryModel().badges().get(french.id()) == null);
        AppDriver.waitUntil("the tab shows the English article alone", () -> !tabHeadlines().contains(FRENCH)
                && tabHeadlines().contains(ENGLISH));
        assertThat(notice()).isEqualTo("“" + ENGLISH + "” is no longer in a translation set.");
        AppDriver.waitUntil("Unlink disabled", () -> robot.lookup("#translations-unlink").query().isDisabled());
        UUID groupInEditor = fx(() -> app.window().editor().storedProperty().get().translationGroup());
        app.quit();
        app = null;

        try (Library after = TestLibrary.open(file)) {
            assertThat(after.translations().set(english.id()).isShared()).isFalse();
            assertThat(after.translations().set(french.id()).isShared()).isFalse();
            Article stored = after.articles().get(english.id());
            assertThat(stored.translationGroup()).isEqualTo(groupInEditor); // the editor went on from the unlinked one
            Article untouched = after.articles().get(otherFrench.id());
            assertThat(untouched.version()).isEqualTo(otherFrench.version()); // the refused link changed nothing
            assertThat(untouched.translationGroup()).isEqualTo(otherFrench.translationGroup());
        }
    }

    @SuppressWarnings("unchecked")
    private List<ArticleSummary> candidates() {
        return robot.lookup("#link-candidates").tryQuery()
                .map(n -> List.copyOf(((ListView<ArticleSummary>) n).getItems())).orElse(List.of());
    }

    private static List<UUID> ids(List<ArticleSummary> articles) {
        return articles.stream().map(ArticleSummary::id).toList();
    }

    private Node candidateCell(UUID id) {
        return robot.lookup(".link-candidate").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof ArticleSummary a && a.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + id));
    }

    /** The languages of the article's set as the library list shows them (empty when it stands alone). */
    private Set<String> languages(UUID id) {
        List<LanguageBadge> badges = app.window().libraryModel().badges().get(id);
        return badges == null ? Set.of() : badges.stream().map(b -> b.language().tag()).collect(Collectors.toSet());
    }

    /** The headlines of the set's members in the Translations tab. */
    private List<String> tabHeadlines() {
        return robot.lookup(".translations-pane .translation-member .hyperlink").queryAll().stream()
                .map(n -> ((Hyperlink) n).getText()).toList();
    }

    private String notice() throws Exception {
        return fx(this::noticeText);
    }

    /** The notice area's sentence; on the FX thread. */
    private String noticeText() {
        return ((Label) robot.lookup("#notice").query()).getText();
    }

    private Button dialogButton(String text) {
        return robot.lookup(".dialog-pane .button").queryAll().stream()
                .filter(n -> n instanceof Button b && text.equals(b.getText()) && b.isVisible())
                .map(n -> (Button) n).findFirst().orElse(null);
    }
}
