package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.InlineCssTextArea;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.ui.editor.body.BodyEditor;
import org.newsdesk.ui.editor.body.TypingSettings;

/**
 * The body editor on a 50,000-word article of 600 paragraphs: time until editable, and the FX thread's
 * time per keystroke (key event, edit, everything the editor adds, CSS and the layout pass) typing at the
 * end and in the middle. The same on a bare RichTextFX InlineCssTextArea with the same text: the floor.
 * Runs headless (Monocle, software rendering) like the UI tests.
 */
public final class EditorBenchmark {
    private static final int PARAGRAPHS = 600;
    private static final int WORDS = 50_000;
    private static final int KEYS = 1_000;

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        Platform.setImplicitExit(false); // each measurement closes its window; the toolkit must stay up
        started.get(30, TimeUnit.SECONDS);
        for (String language : List.of(ENGLISH, ARABIC)) {
            int keys = KEYS;
            Document article = article(language);
            String plain = article.plainText();
            char typed = language.charAt(language.length() - 1); // a letter of the article's own script
            System.out.printf("%nArticle: %d paragraphs, %d words, %d characters, typing '%s'%n",
                    article.blocks().size(), article.wordCount(), plain.length(), typed);
            for (int round = 1; round <= 2; round++) { // the first round warms the JIT up
                boolean report = round == 2;
                Result newsdesk = onFx(() -> measureNewsdesk(article, typed, keys));
                Result bare = onFx(() -> measureBare(plain, typed, keys));
                if (report) {
                    System.out.println();
                    System.out.println("| editor | open (ms) | end p50 | end p99 | end max | middle p50 | middle p99 | middle max |");
                    System.out.println("|---|---|---|---|---|---|---|---|");
                    print("Newsdesk BodyEditor", newsdesk);
                    print("bare InlineCssTextArea", bare);
                    System.out.printf("%nNewsdesk / bare at p99: end %.2fx, middle %.2fx%n",
                            newsdesk.end[1] / bare.end[1], newsdesk.middle[1] / bare.middle[1]);
                }
            }
        }
        Platform.exit();
    }

    private record Result(double openMs, double[] end, double[] middle) {
    }

    private static void print(String name, Result r) {
        System.out.printf("| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, r.openMs, r.end[0], r.end[1],
                r.end[2], r.middle[0], r.middle[1], r.middle[2]);
    }

    private static Result measureNewsdesk(Document article, char typed, int keys) {
        Stage stage = new Stage();
        BodyEditor editor = new BodyEditor(url -> { }, TypingSettings.ALL_ON);
        Scene scene = new Scene((Parent) editor.node(), 900, 800);
        stage.setScene(scene);
        stage.show();
        long start = System.nanoTime();
        editor.load(article);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        double open = (System.nanoTime() - start) / 1e6;
        GenericStyledArea<?, ?, ?> area = editor.area();
        double[] end = typing(scene, area, area.getLength(), typed, keys);
        double[] middle = typing(scene, area, area.getLength() / 2, typed, keys);
        stage.close();
        return new Result(open, end, middle);
    }

    private static Result measureBare(String text, char typed, int keys) {
        Stage stage = new Stage();
        InlineCssTextArea area = new InlineCssTextArea();
        area.setWrapText(true);
        Scene scene = new Scene(new org.fxmisc.flowless.VirtualizedScrollPane<>(area), 900, 800);
        stage.setScene(scene);
        stage.show();
        long start = System.nanoTime();
        area.replaceText(text);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        double open = (System.nanoTime() - start) / 1e6;
        double[] end = typing(scene, area, area.getLength(), typed, keys);
        double[] middle = typing(scene, area, area.getLength() / 2, typed, keys);
        stage.close();
        return new Result(open, end, middle);
    }

    /** Types {@code keys} characters at {@code position} as key events; p50, p99 and max in ms. */
    private static double[] typing(Scene scene, GenericStyledArea<?, ?, ?> area, int position, char typed, int keys) {
        area.moveTo(position);
        area.requestFollowCaret();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        long[] nanos = new long[keys];
        for (int i = 0; i < keys; i++) {
            long start = System.nanoTime();
            Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, i % 6 == 5 ? " " : String.valueOf(typed), "", KeyCode.UNDEFINED,
                    false, false, false, false));
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            nanos[i] = System.nanoTime() - start;
        }
        long[] sorted = Arrays.stream(nanos).skip(keys / 10).sorted().toArray();
        return new double[] {sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6};
    }

    private static final String ENGLISH = "the council school heritage minister festival students teachers programme"
            + " culture education city museum library archive project partners funding week year country"
            + " children history monument translation workshop public reading launch agreement signed"
            + " delegation visit international national regional local young research digital collection";
    private static final String ARABIC = "في من على المجلس المدرسة التراث الوزير المهرجان الطلاب المعلمين البرنامج"
            + " الثقافة التعليم المدينة المتحف المكتبة الأرشيف المشروع الشركاء التمويل الأسبوع العام البلد"
            + " الأطفال التاريخ النصب الترجمة الورشة العامة القراءة إطلاق الاتفاق وقع الوفد زيارة الدولي"
            + " الوطني الإقليمي المحلي الشباب البحث الرقمي المجموعة";

    /**
     * 600 paragraphs of news-like prose, about 83 words each, with a heading and a list now and then: English,
     * or Arabic (where the editor keeps one Text node per word, see WordSegmentOps).
     */
    static Document article(String words) {
        Random random = new Random(42);
        String[] vocabulary = words.split(" ");
        List<Block> blocks = new ArrayList<>();
        int perParagraph = WORDS / PARAGRAPHS;
        for (int p = 0; p < PARAGRAPHS; p++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < perParagraph; w++) {
                String word = vocabulary[(int) Math.min(vocabulary.length - 1, Math.abs(random.nextGaussian()) * 12)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                sb.append(w == perParagraph - 1 ? "." : (random.nextInt(12) == 0 ? ", " : " "));
            }
            blocks.add(p % 50 == 0 ? Block.heading(2, sb.substring(0, 40)) : p % 25 == 7
                    ? Block.bullet(0, sb.toString()) : Block.paragraph(sb.toString()));
        }
        return new Document(blocks);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }
}
