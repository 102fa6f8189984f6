package org.newsdesk.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.newsdesk.model.Language;
import org.newsdesk.model.PlacedText;
import org.newsdesk.model.TextPlace;
import org.newsdesk.spelling.LanguageToolSpellers;

/**
 * Spelling a 5,000-word article in English, French and Arabic, as the editor does it: the first check of the whole
 * article (LanguageTool already loaded, no paragraph or word remembered yet), then re-checks after single
 * keystrokes (one paragraph changed, the rest remembered). The floor, run in the same process and alternated with
 * ours, is LanguageTool's own spelling check ({@code analyzeText} + its spelling rule, suggestions included) of the
 * same text: of the whole article for the first check, of the changed paragraph for a keystroke.
 *
 * <p>Text: 5,000 words drawn (Zipf-like) from LanguageTool's own list of each language's ~10,000 common words, in
 * sentences and paragraphs of varying length (words LanguageTool itself flags are left out of the list), with
 * one word in 200 misspelt (two letters swapped).
 * Loading each language's dictionaries is timed too (what start-up hands to the background).
 * Targets: first check ≤ 2,000 ms, keystroke re-check ≤ 50 ms (p95).
 */
final class SpellingBenchmark {
    private static final int WORDS = 5_000;
    private static final int REPEATS = 5;
    private static final int KEYSTROKES = 20;

    private SpellingBenchmark() {
    }

    static void run(List<String> args) throws Exception {
        List<String> languages = args.isEmpty() ? List.of("en", "fr", "ar") : args;
        List<String> targets = new ArrayList<>();
        for (String lang : languages) {
            targets.addAll(language(lang));
        }
        System.out.println();
        targets.forEach(System.out::println);
    }

    private static List<String> language(String lang) throws Exception {
        LanguageToolSpellers filter = new LanguageToolSpellers();
        List<String> known = new ArrayList<>();
        for (String w : commonWords(lang)) {
            if (filter.misspelt(w, lang).isEmpty()) {
                known.add(w); // the list holds some words LanguageTool flags: keep mistakes to the ones put in
            }
        }
        List<String> paragraphs = article(known, lang, new SplittableRandom(0x5BE11L + lang.hashCode()));
        Set<String> distinct = new HashSet<>();
        paragraphs.forEach(p -> distinct.addAll(List.of(p.toLowerCase(Locale.ROOT).split("[\\s.,]+"))));
        System.out.printf(Locale.ROOT, "%n== %s: %d paragraphs, %d words, %d distinct ==%n", lang, paragraphs.size(),
                WORDS, distinct.size());

        Latencies load = new Latencies();
        Latencies first = new Latencies();
        Latencies firstFloor = new Latencies();
        Latencies key = new Latencies();
        Latencies keyFloor = new Latencies();
        Latencies menu = new Latencies();
        int mistakes = 0;
        int floorMistakes = 0;
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            // fresh spellers each time: nothing remembered from the repeat before
            LanguageToolSpellers spellers = new LanguageToolSpellers();
            long t0 = System.nanoTime();
            spellers.load(lang);
            load.add(System.nanoTime() - t0);
            List<PlacedText> texts = texts(paragraphs, lang);
            java.nio.file.Path file = java.nio.file.Files.createTempFile("spelling-bench", ".newsdesk");
            java.nio.file.Files.delete(file);
            org.newsdesk.service.Library library = org.newsdesk.service.Library.open(file,
                    java.time.Clock.systemUTC(), () -> new org.newsdesk.model.User("Bench", org.newsdesk.model.Role.EDITOR),
                    spellers);
            var session = library.spelling().session();
            boolean oursFirst = repeat % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == oursFirst) {
                    long t = System.nanoTime();
                    var found = session.check(texts);
                    first.add(System.nanoTime() - t);
                    mistakes = found.size();
                    // what the editor now leaves until a menu opens: each flagged word's suggestions
                    for (var m : found) {
                        long s0 = System.nanoTime();
                        session.suggest(m.word(), m.language());
                        menu.add(System.nanoTime() - s0);
                    }
                } else {
                    long t = System.nanoTime();
                    int n = 0;
                    for (String p : paragraphs) {
                        n += spellers.fullCheck(p, lang);
                    }
                    firstFloor.add(System.nanoTime() - t);
                    floorMistakes = n;
                }
            }
            SplittableRandom r = new SplittableRandom(repeat);
            List<String> current = new ArrayList<>(paragraphs);
            for (int k = 0; k < KEYSTROKES; k++) {
                int which = r.nextInt(current.size());
                String p = current.get(which);
                int at = r.nextInt(p.length());
                current.set(which, p.substring(0, at) + (lang.equals("ar") ? "ن" : "e") + p.substring(at));
                List<PlacedText> now = texts(current, lang);
                if (k % 2 == 0) {
                    key.add(timeCheck(session, now));
                    keyFloor.add(timeFloor(spellers, current.get(which), lang));
                } else {
                    keyFloor.add(timeFloor(spellers, current.get(which), lang));
                    key.add(timeCheck(session, now));
                }
            }
            library.close();
            java.nio.file.Files.deleteIfExists(file);
            System.out.printf(Locale.ROOT, "  repeat %d: load %s ms, first check %s ms (floor %s ms), %d mistakes (floor %d)%n",
                    repeat + 1, Latencies.ms(load.lastMs()), Latencies.ms(first.lastMs()),
                    Latencies.ms(firstFloor.lastMs()), mistakes, floorMistakes);
        }
        System.out.printf(Locale.ROOT, "  load of %s dictionaries: median %s ms (range %s..%s)%n", lang,
                Latencies.ms(load.p50()), Latencies.ms(load.percentileMs(0.0001)), Latencies.ms(load.percentileMs(100)));
        System.out.printf(Locale.ROOT, "  first check: median %s ms (range %s..%s); floor median %s ms (range %s..%s)%n",
                Latencies.ms(first.p50()), Latencies.ms(first.percentileMs(0.0001)), Latencies.ms(first.percentileMs(100)),
                Latencies.ms(firstFloor.p50()), Latencies.ms(firstFloor.percentileMs(0.0001)),
                Latencies.ms(firstFloor.percentileMs(100)));
        System.out.printf(Locale.ROOT, "  keystroke re-check (%d): median %s ms, p95 %s ms, max %s; floor median %s ms, p95 %s ms%n",
                key.count(), Latencies.ms(key.p50()), Latencies.ms(key.p95()), Latencies.ms(key.percentileMs(100)),
                Latencies.ms(keyFloor.p50()), Latencies.ms(keyFloor.p95()));
        System.out.printf(Locale.ROOT, "  suggestions when a menu opens (%d words): median %s ms, p95 %s ms, max %s ms%n",
                menu.count(), Latencies.ms(menu.p50()), Latencies.ms(menu.p95()), Latencies.ms(menu.percentileMs(100)));
        return List.of(
                target("first-check-" + lang, first.p50(), firstFloor.p50(), 2_000),
                target("keystroke-recheck-p95-" + lang, key.p95(), keyFloor.p95(), 50));
    }

    private static long timeCheck(org.newsdesk.service.SpellingSession session, List<PlacedText> texts) {
        long t = System.nanoTime();
        session.check(texts);
        return System.nanoTime() - t;
    }

    private static long timeFloor(LanguageToolSpellers spellers, String paragraph, String lang) {
        long t = System.nanoTime();
        spellers.fullCheck(paragraph, lang);
        return System.nanoTime() - t;
    }

    private static String target(String name, double value, double floor, double limit) {
        return String.format(Locale.ROOT, "target %s: %s ms (floor %s ms, ratio %.2f) %s", name, Latencies.ms(value),
                Latencies.ms(floor), value / floor, value <= limit ? "met" : "missed");
    }

    private static List<PlacedText> texts(List<String> paragraphs, String lang) {
        List<PlacedText> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.add(new PlacedText(TextPlace.body(i), paragraphs.get(i), Language.of(lang).tag()));
        }
        return out;
    }

    /** 5,000 words of common words in sentences of 8–30 words and paragraphs of 2–5 sentences; 1 in 200 misspelt. */
    static List<String> article(List<String> known, String lang, SplittableRandom r) {
        List<String> words = new ArrayList<>(known);
        java.util.Collections.shuffle(words, new java.util.Random(r.nextLong())); // the lists are alphabetical
        List<String> paragraphs = new ArrayList<>();
        int written = 0;
        while (written < WORDS) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + r.nextInt(4);
            for (int s = 0; s < sentences && written < WORDS; s++) {
                int length = Math.min(WORDS - written, 8 + r.nextInt(23));
                for (int w = 0; w < length; w++) {
                    // Zipf-like: small ranks are far more likely
                    int rank = (int) Math.min(words.size() - 1, Math.floor(Math.pow(words.size(), r.nextDouble())) - 1);
                    String word = words.get(Math.max(0, rank));
                    if (r.nextInt(200) == 0 && word.length() > 3) {
                        int i = 1 + r.nextInt(word.length() - 2);
                        word = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
                    }
                    if (w == 0 && !lang.equals("ar")) {
                        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    }
                    p.append(word).append(w == length - 1 ? ". " : w % 9 == 8 ? ", " : " ");
                }
                written += length;
            }
            paragraphs.add(p.toString().strip());
        }
        return paragraphs;
    }

    private static List<String> commonWords(String lang) throws Exception {
        String resource = "/org/languagetool/resource/" + lang + "/common_words.txt";
        List<String> out = new ArrayList<>();
        try (InputStream in = SpellingBenchmark.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#") && w.chars().allMatch(Character::isLetter)) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
