package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.UiLanguage;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.BundlePatterns;
import org.newsdesk.testing.TestLibrary;

/**
 * Every word the window shows in French or Arabic comes from that language's bundle: the main window with each
 * tab of its side panel, the article's details, the menus, and the windows and dialogs the menus open. A text that
 * equals no bundle sentence (arguments filled with anything) and is not the article's own words, a number or a
 * date is an untranslated string, and the test names it and where it was shown.
 */
class EveryShownTextFromBundlesTest extends WindowTest {
    private static final String HEADLINE = "Heritage week opens in Rabat";
    private static final List<String> CONTENT = List.of(HEADLINE, "Twelve museums open their doors for free.",
            "RABAT", "Amina Idrissi", "heritage", "education", "Test Writer",
            "Museums across the country welcome schools all week.", "lib.newsdesk", "lib");
    /** Menu items whose windows are scanned (bundle keys); each is closed again with Escape. */
    private static final List<String> DIALOGS = List.of("menu.tools.settings", "menu.tools.tags",
            "menu.tools.profile", "menu.file.showTrash", "menu.help.shortcuts", "menu.help.about",
            "menu.file.joinTeam", "menu.file.export", "menu.article.link", "menu.article.sideBySide");

    /** The product's name is not translated (nor is the example database name "newsdesk"). */
    private static final String PRODUCT = "Newsdesk";
    private Article translation;

    private Path library() {
        Path library = dir.resolve("lib.newsdesk");
        try (Library setup = TestLibrary.open(library)) {
            Article source = setup.articles().create(Article.draft(HEADLINE, Language.ENGLISH, Instant.EPOCH)
                    .withStandfirst(CONTENT.get(1)).withDateline("RABAT").withByline("Amina Idrissi")
                    .withDate(LocalDate.of(2026, 3, 2)).withTags(List.of("heritage", "education"))
                    .withBody(Document.of(Block.paragraph(CONTENT.get(7)))));
            translation = setup.translations().translate(source.id(), Language.of("fr"));
        }
        return library;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void everyTextShownComesFromTheBundles(String code) throws Exception {
        app = AppDriver.startIn(dir, library(), translation.id(), code);
        AppDriver.waitUntil("opened", () -> app.window().editor().storedProperty().get() != null);
        UiLanguage language = UiLanguage.parse(code).orElseThrow();
        Messages t = fx(() -> app.window().messages());
        Checker checker = new Checker(BundlePatterns.of(language), language);
        Window main = fx(() -> robot.lookup("#menu-bar").query().getScene().getWindow());

        openDetails();
        checker.check(fx(() -> ShownTexts.of(main)), "main window");
        for (Tab tab : fx(() -> robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(p -> p.getTabs().stream()).toList())) {
            robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
            Thread.sleep(300); // the tab's content loads on the library thread
            robot.interact(() -> { });
            checker.check(fx(() -> ShownTexts.of(main)), "tab " + fx(tab::getText));
        }
        for (String key : DIALOGS) {
            MenuItem item = fx(() -> menuItem(robot.lookup("#menu-bar").queryAs(MenuBar.class), t.get(key)));
            assertThat(item).as("menu item " + key).isNotNull();
            Set<Window> before = new java.util.HashSet<>(fx(() -> List.copyOf(Window.getWindows())));
            Platform.runLater(item::fire); // not interact(): a modal dialog would hold the call until it closes
            AppDriver.waitUntil("window of " + key, () -> Window.getWindows().stream()
                    .anyMatch(w -> w.isShowing() && !before.contains(w)));
            Thread.sleep(300);
            robot.interact(() -> { });
            Window opened = fx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w))
                    .findFirst().orElseThrow());
            List<ShownTexts.Shown> texts = fx(() -> ShownTexts.of(opened));
            assertThat(texts).as("words shown by " + key).hasSizeGreaterThan(2);
            checker.check(texts, key);
            robot.interact(opened::hide);
        }

        assertThat(checker.untranslated).as("texts shown in the " + code + " window that are in no bundle")
                .isEmpty();
    }

    private static MenuItem menuItem(MenuBar bar, String text) {
        return bar.getMenus().stream().flatMap(EveryShownTextFromBundlesTest::items)
                .filter(i -> i.getText() != null && i.getText().replace("_", "").equals(text.replace("_", "")))
                .findFirst().orElse(null);
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu m ? Stream.concat(Stream.of(item), m.getItems().stream()
                .flatMap(EveryShownTextFromBundlesTest::items)) : Stream.of(item);
    }

    /** Decides whether a shown text is the interface's words in the language, or data that needs no words. */
    private static final class Checker {
        private final BundlePatterns bundle;
        private final List<String> dateWords = new ArrayList<>();
        final Set<String> untranslated = new LinkedHashSet<>();
        private final Set<String> seen = new java.util.HashSet<>();

        Checker(BundlePatterns bundle, UiLanguage language) {
            this.bundle = bundle;
            DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLanguageTag(language.code()));
            for (String[] words : List.of(symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(),
                    symbols.getShortWeekdays(), symbols.getAmPmStrings(), symbols.getEras())) {
                Stream.of(words).filter(w -> w != null && !w.isBlank()).forEach(dateWords::add);
            }
            dateWords.sort((a, b) -> b.length() - a.length()); // "septembre" before "sept."
            for (UiLanguage l : UiLanguage.values()) {
                dateWords.add(l.nativeName()); // the language picker names each language in itself
            }
        }

        void check(List<ShownTexts.Shown> shown, String view) {
            for (ShownTexts.Shown s : shown) {
                if (seen.add(s.text() + s.where()) && !fromBundle(s.text().replace("_", ""))) { // "_" marks a mnemonic
                    untranslated.add("\"" + s.text() + "\" (" + s.where() + ", " + view + ")");
                }
            }
        }

        private boolean fromBundle(String text) {
            String withoutContent = text;
            for (String c : CONTENT) {
                withoutContent = withoutContent.replace(c, "\u2022");
            }
            if (isData(withoutContent) || bundle.matches(withoutContent)) {
                return true;
            }
            // "Brouillon · original": parts joined by punctuation each come from the bundle
            String[] parts = withoutContent.split("\\s+[·—–|]\\s+|[,،:]\\s+");
            return parts.length > 1 && Stream.of(parts).allMatch(p -> isData(p) || bundle.matches(p));
        }

        /** Numbers, dates, times, codes like "FR": no letters left once the calendar's words are taken out. */
        private boolean isData(String text) {
            String rest = text;
            for (String w : dateWords) {
                rest = rest.replace(w, "");
            }
            rest = rest.replaceAll("\\d+(\\.\\d+)+(-[A-Z]+)?", "") // a version: 0.1.0-SNAPSHOT
                    .replace(PRODUCT, "").replace(PRODUCT.toLowerCase(java.util.Locale.ROOT), "").strip();
            return !rest.codePoints().anyMatch(Character::isLetter)
                    || rest.matches("\\p{Lu}{2,3}") // a language code: FR, AR
                    || rest.length() <= 2 && rest.codePoints().filter(Character::isLetter).count() == 1; // x², x₂
        }
    }
}
