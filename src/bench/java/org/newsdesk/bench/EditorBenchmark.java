package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;

/**
 * The body editor on a 50,000-word article of 600 paragraphs, in English and in Arabic, against its floor, a bare
 * RichTextFX InlineCssTextArea with the same text, measured alternately in the same run (at least five repeats,
 * Newsdesk first in odd repeats, the floor first in even ones). For each: time until editable; the FX thread's
 * cost per keystroke at the end and in the middle ({@link KeystrokeCost}); the felt latency of a keystroke there,
 * key event to settled scene and drawn frame ({@link FeltLatency}), with a JavaFX Label as the toolkit's own floor;
 * and the bytes the FX thread allocates per keystroke. Prints medians and ranges over the repeats and one line per
 * target. Runs headless (Monocle, software rendering) like the UI tests.
 *
 * <p>Arguments (after "editor"): {@code --repeats N} (5), {@code --keys N} keystrokes per position for the cost (300),
 * {@code --felt-keys N} per position for the felt latency (100), {@code --languages english,arabic}.
 */
public final class EditorBenchmark {
    private static final int PARAGRAPHS = 600;
    private static final int WORDS = 50_000;

    private EditorBenchmark() {
    }

    private record Options(int repeats, int keys, int feltKeys, List<String> languages) {
        static Options parse(String[] args) {
            int repeats = 5;
            int keys = 300;
            int feltKeys = 100;
            List<String> languages = List.of("english", "arabic");
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--repeats" -> repeats = Integer.parseInt(args[i + 1]);
                    case "--keys" -> keys = Integer.parseInt(args[i + 1]);
                    case "--felt-keys" -> feltKeys = Integer.parseInt(args[i + 1]);
                    case "--languages" -> languages = List.of(args[i + 1].split(","));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(repeats, keys, feltKeys, languages);
        }
    }

    /** One editor's figures in one repeat. */
    private record Measured(double openMs, KeystrokeCost.Run end, KeystrokeCost.Run middle, FeltLatency.Run feltEnd,
            FeltLatency.Run feltMiddle) {
    }

    /** One repeat: Newsdesk, the bare area and the label. */
    private record Repeat(Measured newsdesk, Measured bare, FeltLatency.Run label) {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        Platform.setImplicitExit(false); // each measurement closes its window; the toolkit must stay up
        started.get(30, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "%nMachine: %d cores, load average %s, %s %s%n",
                Runtime.getRuntime().availableProcessors(), LoadAverage.now(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        Targets targets = new Targets();
        for (String language : options.languages()) {
            boolean arabic = language.equals("arabic");
            Document article = article(arabic ? ARABIC : ENGLISH);
            String plain = article.plainText();
            char typed = (arabic ? ARABIC : ENGLISH).charAt((arabic ? ARABIC : ENGLISH).length() - 1);
            Language lang = arabic ? Language.of("ar") : Language.ENGLISH;
            System.out.printf("%nArticle (%s): %d paragraphs, %d words, %d characters, typing '%s'%n", language,
                    article.blocks().size(), article.wordCount(), plain.length(), typed);
            Random random = new Random(7);
            Options warmUp = new Options(1, Math.max(20, options.keys() / 3), Math.max(10, options.feltKeys() / 5), List.of());
            repeat(article, lang, plain, typed, warmUp, true, random); // JIT and caches: not reported
            List<Repeat> repeats = new ArrayList<>();
            for (int r = 0; r < options.repeats(); r++) {
                repeats.add(repeat(article, lang, plain, typed, options, r % 2 == 0, random));
                System.out.printf(Locale.ROOT, "  repeat %d done (load %s)%n", r + 1, LoadAverage.now());
            }
            report(language, repeats, options);
            addTargets(targets, language, repeats);
        }
        System.out.printf(Locale.ROOT, "%nLoad average at the end: %s%n%n", LoadAverage.now());
        targets.print();
        Platform.exit();
    }

    private static Repeat repeat(Document article, Language language, String plain, char typed, Options options,
            boolean newsdeskFirst, Random random) throws Exception {
        Measured newsdesk = null;
        Measured bare = null;
        for (int turn = 0; turn < 2; turn++) {
            if ((turn == 0) == newsdeskFirst) {
                newsdesk = measure(() -> EditorWindow.newsdesk(article, language), typed, options, random);
            } else {
                bare = measure(() -> EditorWindow.bare(plain), typed, options, random);
            }
        }
        EditorWindow label = FeltLatency.onFx(EditorWindow::label);
        FeltLatency.Run labelRun = FeltLatency.type(label, 0, typed, options.feltKeys(), random);
        FeltLatency.onFx(() -> {
            label.close();
            return null;
        });
        return new Repeat(newsdesk, bare, labelRun);
    }

    private static Measured measure(java.util.concurrent.Callable<EditorWindow> open, char typed, Options options,
            Random random) throws Exception {
        System.gc(); // the previous editor's garbage is not this one's
        EditorWindow window = FeltLatency.onFx(open);
        KeystrokeCost.Run end = FeltLatency.onFx(() -> KeystrokeCost.type(window.scene, window.area,
                window.area.getLength(), typed, options.keys()));
        KeystrokeCost.Run middle = FeltLatency.onFx(() -> KeystrokeCost.type(window.scene, window.area,
                window.area.getLength() / 2, typed, options.keys()));
        int length = FeltLatency.onFx(window.area::getLength);
        FeltLatency.Run feltEnd = FeltLatency.type(window, length, typed, options.feltKeys(), random);
        FeltLatency.Run feltMiddle = FeltLatency.type(window, length / 2, typed, options.feltKeys(), random);
        FeltLatency.onFx(() -> {
            window.close();
            return null;
        });
        return new Measured(window.openMs, end, middle, feltEnd, feltMiddle);
    }

    // ---- report ---------------------------------------------------------------------------------------------

    private static void report(String language, List<Repeat> repeats, Options options) {
        System.out.printf(Locale.ROOT, "%nKeystroke cost, %s (FX thread per key incl. CSS and layout, ms; %d keys per "
                + "position; median (range) of %d repeats):%n%n", language, options.keys(), repeats.size());
        System.out.println("| editor | open | end p50 | end p99 | end CPU p99 | middle p50 | middle p99 | middle CPU p99 | MB per key |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (boolean ours : new boolean[] {true, false}) {
            List<Measured> m = repeats.stream().map(r -> ours ? r.newsdesk() : r.bare()).toList();
            System.out.printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    ours ? "Newsdesk body editor" : "bare InlineCssTextArea", Spread.of(m, Measured::openMs),
                    Spread.of(m, x -> x.end().wall().p50()), Spread.of(m, x -> x.end().wall().p99()),
                    Spread.of(m, x -> x.end().cpu().p99()), Spread.of(m, x -> x.middle().wall().p50()),
                    Spread.of(m, x -> x.middle().wall().p99()), Spread.of(m, x -> x.middle().cpu().p99()),
                    Spread.of(m, x -> (x.end().allocatedMbPerKey() + x.middle().allocatedMbPerKey()) / 2));
        }
        System.out.printf(Locale.ROOT, "%nFelt latency, %s (key queued → its last frame drawn, scene settled, ms; "
                + "%d keys per position at random moments of the 60 Hz pulse; median (range) of %d repeats; frames: pulses "
                + "that drew because of the key; pulses with work: also those that only laid out again):%n%n",
                language, options.feltKeys(), repeats.size());
        System.out.println("| editor | end p50 | end p99 | middle p50 | middle p99 | first pulse → drawn p99 "
                + "| keys drawn in one pulse | frames p99 | pulses with work p99 | MB per key |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (boolean ours : new boolean[] {true, false}) {
            List<Measured> m = repeats.stream().map(r -> ours ? r.newsdesk() : r.bare()).toList();
            System.out.printf("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    ours ? "Newsdesk body editor" : "bare InlineCssTextArea",
                    Spread.of(m, x -> x.feltEnd().latency().p50()), Spread.of(m, x -> x.feltEnd().latency().p99()),
                    Spread.of(m, x -> x.feltMiddle().latency().p50()), Spread.of(m, x -> x.feltMiddle().latency().p99()),
                    Spread.of(m, x -> Math.max(x.feltEnd().afterPulse().p99(), x.feltMiddle().afterPulse().p99())),
                    Spread.percent(Spread.of(m, x -> (x.feltEnd().shareInOnePulse() + x.feltMiddle().shareInOnePulse()) / 2).median()),
                    Spread.of(m, x -> Math.max(x.feltEnd().pulsesAt(99), x.feltMiddle().pulsesAt(99))),
                    Spread.of(m, x -> Math.max(x.feltEnd().workPulsesAt(99), x.feltMiddle().workPulsesAt(99))),
                    Spread.of(m, x -> (x.feltEnd().allocatedMbPerKey() + x.feltMiddle().allocatedMbPerKey()) / 2));
        }
        List<FeltLatency.Run> label = repeats.stream().map(Repeat::label).toList();
        System.out.printf("| JavaFX Label (toolkit floor) | %s | %s | - | - | %s | %s | %s | %s | %s |%n",
                Spread.of(label, x -> x.latency().p50()), Spread.of(label, x -> x.latency().p99()),
                Spread.of(label, x -> x.afterPulse().p99()),
                Spread.percent(Spread.of(label, FeltLatency.Run::shareInOnePulse).median()),
                Spread.of(label, x -> x.pulsesAt(99)), Spread.of(label, x -> x.workPulsesAt(99)),
                Spread.of(label, FeltLatency.Run::allocatedMbPerKey));
    }

    private static void addTargets(Targets targets, String language, List<Repeat> repeats) {
        boolean arabic = language.equals("arabic");
        if (!arabic) {
            targets.atMost("english-open", "ms", median(repeats, true, Measured::openMs),
                    median(repeats, false, Measured::openMs), 300, "≤ 300 ms");
        }
        double keystrokeLimit = arabic ? 16 : 8;
        double feltLimit = arabic ? 20 : 16;
        for (String position : List.of("end", "middle")) {
            boolean end = position.equals("end");
            ToDoubleFunction<Measured> keystroke = x -> (end ? x.end() : x.middle()).wall().p99();
            targets.atMost(language + "-keystroke-p99-" + position, "ms", median(repeats, true, keystroke),
                    median(repeats, false, keystroke), keystrokeLimit, "≤ " + (int) keystrokeLimit + " ms");
            ToDoubleFunction<Measured> felt = x -> (end ? x.feltEnd() : x.feltMiddle()).latency().p99();
            targets.atMost(language + "-felt-latency-p99-" + position, "ms", median(repeats, true, felt),
                    median(repeats, false, felt), feltLimit, "≤ " + (int) feltLimit + " ms");
            ToDoubleFunction<Measured> pulses = x -> (end ? x.feltEnd() : x.feltMiddle()).pulsesAt(99);
            targets.atMost(language + "-felt-pulses-p99-" + position, "pulses", median(repeats, true, pulses),
                    median(repeats, false, pulses), 1, "drawn and settled within one pulse");
            if (arabic) {
                ToDoubleFunction<Measured> bytes = x -> (end ? x.feltEnd() : x.feltMiddle()).allocatedMbPerKey();
                double floor = median(repeats, false, bytes);
                targets.atMost(language + "-allocation-per-key-" + position, "MB", median(repeats, true, bytes), floor,
                        2 * floor, "≤ 2× the bare area");
            }
        }
    }

    private static double median(List<Repeat> repeats, boolean ours, ToDoubleFunction<Measured> figure) {
        return Spread.of(repeats.stream().map(r -> ours ? r.newsdesk() : r.bare()).toList(), figure).median();
    }

    // ---- the article ----------------------------------------------------------------------------------------

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
     * or Arabic (where the editor keeps one Text node per word and its spaces, see WordSegmentOps).
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
}
