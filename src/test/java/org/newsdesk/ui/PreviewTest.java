package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Article;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;

/** The Preview tab follows typing, and shows Arabic joined without touching the exported page. */
class PreviewTest extends WindowTest {
    private String previewText(String selector) throws Exception {
        WebView web = robot.lookup("#preview-web").queryAs(WebView.class);
        return fx(() -> {
            Object text = web.getEngine().executeScript(
                    "(function(){var e=document.querySelector('" + selector + "');return e?e.textContent:'';})()");
            return text == null ? "" : text.toString().strip();
        });
    }

    @Test
    void thePreviewFollowsTypingWithinASecond() throws Exception {
        Article article = create(Article.draft("Festival opens", Language.ENGLISH, Instant.EPOCH)
                .withBody(Document.ofPlainText("Music all weekend.")));
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"), article.id());
        AppDriver.waitUntil("first render", () -> {
            try {
                return previewText("h1").equals("Festival opens");
            } catch (Exception e) {
                return false;
            }
        });
        robot.clickOn("#headline").write(" today");
        long typed = System.nanoTime();
        AppDriver.waitUntil("preview updated", () -> {
            try {
                return previewText("h1").equals("Festival opens today");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat((System.nanoTime() - typed) / 1_000_000).isLessThan(1_000);
        assertThat(previewText("article p")).contains("Music all weekend.");
    }

    @Test
    void arabicIsShapedOnScreenOnlyAndTheExportKeepsTheOriginalLetters() throws Exception {
        String headline = "إطلاق مشروع الرقمنة";
        Article article = create(Article.draft(headline, Language.of("ar"), Instant.EPOCH));
        app = AppDriver.start(dir, dir.resolve("lib.newsdesk"), article.id());
        AppDriver.waitUntil("render", () -> {
            try {
                return !previewText("h1").isEmpty();
            } catch (Exception e) {
                return false;
            }
        });
        String shown = previewText("h1");
        assertThat(shown).isNotEqualTo(headline);
        assertThat(shown.chars().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count()).isGreaterThan(10); // joined forms
        assertThat(fx(() -> robot.lookup("#preview-web").queryAs(WebView.class).getEngine()
                .executeScript("document.documentElement.getAttribute('dir')").toString())).isEqualTo("rtl");
        try (Library other = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            String exported = other.preview().page(other.articles().get(article.id()));
            assertThat(exported).contains(headline).contains("lang=\"ar\"").contains("dir=\"rtl\"");
            assertThat(exported.chars().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count()).isZero();
        }
    }

    private Article create(Article draft) {
        try (Library setup = TestLibrary.open(dir.resolve("lib.newsdesk"))) {
            return setup.articles().create(draft);
        }
    }
}
