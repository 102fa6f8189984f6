package org.newsdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Role;
import org.newsdesk.model.TextRun;
import org.newsdesk.model.TranslationComparison;
import org.newsdesk.model.TranslationLink;
import org.newsdesk.model.User;
import org.newsdesk.service.Library;
import org.newsdesk.ui.common.BackgroundWork;
import org.newsdesk.ui.translation.TranslationView;
import org.newsdesk.ui.translation.TranslationViewModel;

/**
 * Translation sets, two targets, each against a floor measured in the same run, alternating, 7 rounds after 3
 * warm-ups, medians and ranges:
 * <ul>
 *   <li>open: the side-by-side view of a 5,000-word English article and its 5,000-word French translation (one
 *   paragraph outdated) from the library to a laid-out window, ≤ 300 ms. Floor: the same two articles read from the
 *   library and laid out as two plain columns of wrapped text.</li>
 *   <li>outdated: the outdated blocks of the translation after an edit of the source, ≤ 20 ms. Floor: comparing the
 *   two articles' block texts one by one by position.</li>
 * </ul>
 * Runs headless (Monocle, software rendering) like the UI tests.
 */
public final class TranslationBenchmark {
    private static final int WORDS = 5_000;
    private static final int ROUNDS = 7;
    private static final int WARM_UPS = 3;

    private TranslationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        Platform.setImplicitExit(false);
        started.get(30, TimeUnit.SECONDS);
        Path dir = Files.createTempDirectory("newsdesk-translation-bench");
        try (Library library = Library.open(dir.resolve("bench.newsdesk"), Clock.systemUTC(),
                () -> new User("Bench", Role.EDITOR));
             BackgroundWork background = new BackgroundWork(Platform::runLater)) {
            Article en = library.articles().create(Article.draft("Heritage classrooms open", Language.ENGLISH,
                    java.time.Instant.now()).withStandfirst("Forty schools in six countries.")
                    .withBody(article(new Random(1))));
            Article fr = library.translations().translate(en.id(), Language.of("fr"));
            fr = library.articles().save(translateAll(fr, new Random(2)), "translated");
            Article stored = library.articles().get(en.id());
            List<Block> blocks = new ArrayList<>(stored.body().blocks());
            int middle = blocks.size() / 2;
            blocks.set(middle, blocks.get(middle).withRuns(List.of(TextRun.plain(blocks.get(middle).text()
                    + " One more sentence arrives."))));
            Article edited = library.articles().save(stored.withBody(new Document(blocks)), "edited");
            Article translation = fr;
            TranslationLink link = library.database().read(c -> new org.newsdesk.store.TranslationStore(library.json())
                    .find(c, translation.id())).orElseThrow();
            System.out.printf("Articles: %d and %d words, %d and %d blocks%n", edited.body().wordCount(),
                    translation.body().wordCount(), edited.body().blocks().size(), translation.body().blocks().size());

            double[] open = new double[ROUNDS];
            double[] openFloor = new double[ROUNDS];
            double[] outdated = new double[ROUNDS];
            double[] outdatedFloor = new double[ROUNDS];
            double[] report = new double[ROUNDS];
            double[] inShownWindow = new double[ROUNDS];
            Stage shown = onFx(() -> {
                Stage st = new Stage();
                st.setScene(new Scene(new VBox(), 1100, 760));
                st.show();
                return st;
            });
            for (int round = -WARM_UPS; round < ROUNDS; round++) {
                double o = openView(library, background, translation);
                double of = openFloor(library, edited, translation);
                double d = outdatedBlocks(edited, translation, link, middle);
                double df = outdatedFloor(edited, translation);
                long r0 = System.nanoTime();
                library.translations().report(translation.id()).orElseThrow();
                double r = (System.nanoTime() - r0) / 1e6;
                double w = openInShownWindow(library, background, translation, shown);
                if (round >= 0) {
                    open[round] = o;
                    openFloor[round] = of;
                    outdated[round] = d;
                    outdatedFloor[round] = df;
                    report[round] = r;
                    inShownWindow[round] = w;
                }
            }
            System.out.println();
            System.out.println("| measure | median (ms) | range (ms) |");
            System.out.println("|---|---|---|");
            row("open side by side", open);
            row("floor: two plain text columns", openFloor);
            row("  of which: the report read from the library (both articles, link, diffs)", report);
            row("  the view alone, in a window already shown", inShownWindow);
            row("outdated blocks after an edit", outdated);
            row("floor: block texts compared by position", outdatedFloor);
            System.out.println();
            target("open-side-by-side", open, openFloor, 300);
            target("outdated-blocks", outdated, outdatedFloor, 20);
        } finally {
            Platform.exit();
        }
    }

    /** From the library to a laid-out window: the report is read on the library thread, the rows built on FX. */
    private static double openView(Library library, BackgroundWork background, Article translation) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        long[] start = new long[1];
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            start[0] = System.nanoTime();
            TranslationViewModel model = new TranslationViewModel(org.newsdesk.i18n.Messages.english(), translation.id(), library.translations(),
                    library.articles(), background);
            TranslationView view = new TranslationView(org.newsdesk.i18n.Messages.english(), model);
            stage[0] = new Stage();
            stage[0].setScene(new Scene((Parent) view.node(), 1100, 760));
            model.reportProperty().addListener((o, was, now) -> {
                Parent root = stage[0].getScene().getRoot();
                root.applyCss();
                root.layout();
                done.complete((System.nanoTime() - start[0]) / 1e6);
            });
            stage[0].show();
            model.refresh();
        });
        double ms = done.get(2, TimeUnit.MINUTES);
        onFx(() -> {
            stage[0].close();
            return null;
        });
        return ms;
    }

    /** The same view put into a window that is already on screen: what opening costs without making a window. */
    private static double openInShownWindow(Library library, BackgroundWork background, Article translation,
                                            Stage stage) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            TranslationViewModel model = new TranslationViewModel(org.newsdesk.i18n.Messages.english(), translation.id(), library.translations(),
                    library.articles(), background);
            TranslationView view = new TranslationView(org.newsdesk.i18n.Messages.english(), model);
            stage.getScene().setRoot((Parent) view.node());
            model.reportProperty().addListener((o, was, now) -> {
                Parent root = stage.getScene().getRoot();
                root.applyCss();
                root.layout();
                done.complete((System.nanoTime() - start) / 1e6);
            });
            model.refresh();
        });
        return done.get(2, TimeUnit.MINUTES);
    }

    private static double openFloor(Library library, Article source, Article translation) throws Exception {
        long start = System.nanoTime();
        List<Article> both = library.articles().getAll(List.of(source.id(), translation.id()));
        return onFx(() -> {
            HBox columns = new HBox(10, column(both.get(0)), column(both.get(1)));
            ScrollPane scroll = new ScrollPane(columns);
            scroll.setFitToWidth(true);
            Stage stage = new Stage();
            stage.setScene(new Scene(scroll, 1100, 760));
            stage.show();
            scroll.applyCss();
            scroll.layout();
            double ms = (System.nanoTime() - start) / 1e6;
            stage.close();
            return ms;
        });
    }

    private static VBox column(Article article) {
        VBox box = new VBox(6);
        box.setPrefWidth(540);
        box.getChildren().add(new TextFlow(new Text(article.headline())));
        box.getChildren().add(new TextFlow(new Text(article.standfirst())));
        for (Block b : article.body().blocks()) {
            box.getChildren().add(new TextFlow(new Text(b.text())));
        }
        return box;
    }

    private static double outdatedBlocks(Article source, Article translation, TranslationLink link, int changed) {
        long start = System.nanoTime();
        TranslationComparison comparison = TranslationComparison.compare(source, translation, link);
        List<String> ids = comparison.changedSourceUnits();
        double ms = (System.nanoTime() - start) / 1e6;
        if (ids.size() != 1 || !ids.get(0).equals(source.body().blocks().get(changed).id())) {
            throw new IllegalStateException("expected exactly the edited block as outdated, got " + ids);
        }
        return ms;
    }

    private static double outdatedFloor(Article source, Article translation) {
        long start = System.nanoTime();
        List<Block> a = source.body().blocks();
        List<Block> b = translation.body().blocks();
        int differing = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).text().equals(b.get(i).text())) {
                differing++;
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (differing < 0) {
            throw new IllegalStateException();
        }
        return ms;
    }

    private static void row(String name, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %s | %s–%s |%n", name, Latencies.ms(median(values)),
                Latencies.ms(sorted[0]), Latencies.ms(sorted[sorted.length - 1]));
    }

    private static void target(String name, double[] values, double[] floor, double limitMs) {
        double v = median(values);
        double f = median(floor);
        System.out.printf(Locale.ROOT, "target %s: %s ms (floor %s ms, ratio %.2f) %s%n", name, Latencies.ms(v),
                Latencies.ms(f), v / f, v <= limitMs ? "met" : "missed");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** About 5,000 words of news-like prose in paragraphs of 60 to 100 words, a heading now and then. */
    static Document article(Random random) {
        String[] vocabulary = ("the council school heritage minister festival students teachers programme city"
                + " museum library archive project partners funding week public country children history").split(" ");
        List<Block> blocks = new ArrayList<>();
        int words = 0;
        int p = 0;
        while (words < WORDS) {
            int n = Math.min(WORDS - words, 60 + random.nextInt(41));
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < n; w++) {
                sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(w == n - 1 ? "." : " ");
            }
            blocks.add(p++ % 12 == 0 ? Block.heading(2, sb.substring(0, Math.min(40, sb.length()))) : Block.paragraph(sb.toString()));
            words += p % 12 == 1 ? 0 : n;
        }
        return new Document(blocks);
    }

    /** Every unit in "French": the words replaced, the ids kept. */
    private static Article translateAll(Article fr, Random random) {
        List<Block> out = new ArrayList<>();
        for (Block b : fr.body().blocks()) {
            out.add(b.withRuns(List.of(TextRun.plain("fr " + b.text()))));
        }
        return fr.withHeadline("Les classes du patrimoine ouvrent").withStandfirst("Quarante écoles.")
                .withBody(new Document(out));
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
