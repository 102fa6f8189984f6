package org.newsdesk.bench;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;

/**
 * A deterministic synthetic newsroom archive: English-, French- and Arabic-like articles whose words follow a
 * Zipf law over tens of thousands of pseudo-words, with rare personal names, known phrases, a pool of tags,
 * mixed statuses and dates spread over ten years. Article {@code i} depends only on the seed and {@code i}.
 * While generating, it counts in how many articles each word, name, phrase and tag occurs, so the benchmark
 * can pick query words by frequency afterwards.
 */
final class SyntheticCorpus {
    static final long SEED = 0x5EED_2026L;
    static final int WORDS_PER_ARTICLE = 600;

    private static final String[] EN_FUNCTION = {"the", "of", "and", "to", "in", "a", "is", "that", "for", "it",
            "on", "was", "with", "as", "he", "be", "by", "at", "said", "his", "from", "this", "have", "are", "an",
            "has", "but", "were", "not", "they", "which", "had", "their", "been", "will", "who", "after", "more",
            "its", "also", "would", "she", "her", "year", "new", "people", "one", "two", "first", "over", "when",
            "than", "about", "into", "there", "up", "out", "all", "can", "we", "no", "if", "last", "other", "some",
            "time", "could", "government", "minister", "country", "years", "city", "week", "president", "according"};
    private static final String[] FR_FUNCTION = {"de", "la", "le", "et", "les", "des", "à", "en", "un", "du", "une",
            "que", "est", "pour", "qui", "dans", "a", "par", "plus", "pas", "au", "sur", "ne", "se", "il", "ce",
            "sont", "avec", "été", "ses", "son", "ont", "aux", "leur", "mais", "cette", "ou", "elle", "comme",
            "était", "après", "deux", "ans", "très", "où", "année", "selon", "aussi", "entre", "pays", "ville",
            "ministre", "gouvernement", "déjà", "même", "être", "fait", "président", "semaine", "première"};
    private static final String[] AR_FUNCTION = {"في", "من", "على", "أن", "إلى", "التي", "عن", "مع", "هذا", "الذي",
            "كان", "ما", "لا", "هذه", "بين", "قد", "كما", "بعد", "أو", "ذلك", "وقد", "عام", "حيث", "كل", "الى",
            "وزير", "الحكومة", "اليوم", "خلال", "مدينة", "رئيس", "الأسبوع"};
    private static final String[] TOPICS = {"Politics", "Economy", "Culture", "Education", "Health", "Sport",
            "Environment", "Science", "Technology", "Justice", "Elections", "Heritage", "Migration", "Agriculture",
            "Energy", "Transport", "Housing", "Tourism", "Media", "Religion", "Security", "Diplomacy", "Finance",
            "Labour", "Youth", "Women", "Music", "Cinema", "Literature", "Festival", "Weather", "Water", "Climate",
            "Trade", "Industry", "Fisheries", "Archaeology", "Architecture", "Books", "Food"};

    enum Lang {
        EN("en", 0.45), FR("fr", 0.22), AR("ar", 0.33);

        final Language language;
        final double share;

        Lang(String tag, double share) {
            this.language = Language.of(tag);
            this.share = share;
        }
    }

    /** Words of one language by Zipf rank, with a sampler and document frequencies. */
    static final class Vocabulary {
        final Lang lang;
        final String[] words;
        private final double[] cdf;
        final int[] docFreq;
        private final int[] seenIn;

        Vocabulary(Lang lang, List<String> words, double exponent) {
            this.lang = lang;
            this.words = words.toArray(String[]::new);
            this.cdf = zipfCdf(this.words.length, exponent);
            this.docFreq = new int[this.words.length];
            this.seenIn = new int[this.words.length];
            Arrays.fill(seenIn, -1);
        }

        int sample(SplittableRandom r) {
            int i = Arrays.binarySearch(cdf, r.nextDouble());
            return i >= 0 ? i : Math.min(-i - 1, words.length - 1);
        }

        String use(int word, int doc) {
            if (seenIn[word] != doc) {
                seenIn[word] = doc;
                docFreq[word]++;
            }
            return words[word];
        }
    }

    /** A multi-word expression inserted verbatim into some articles, to be searched as a quoted phrase. */
    record Phrase(Lang lang, String text) {
    }

    private final int articles;
    private final Vocabulary[] vocabularies = new Vocabulary[Lang.values().length];
    private final String[] firstNames;
    private final String[] surnames;
    private final int[] surnameFreq;
    private final int[] surnameSeenIn;
    private final String[] places;
    private final String[] tags;
    private final double[] tagCdf;
    private final int[] tagFreq;
    private final List<Phrase> phrases = new ArrayList<>();
    private final int[] phraseFreq;
    private final int[] langCount = new int[Lang.values().length];
    private final int[] statusCount = new int[ArticleStatus.values().length];

    SyntheticCorpus(int articles) {
        this.articles = articles;
        SplittableRandom r = new SplittableRandom(SEED);
        Set<String> taken = new HashSet<>(); // folded forms of every generated word, so no two collide in the index
        for (String[] fn : List.of(EN_FUNCTION, FR_FUNCTION, AR_FUNCTION)) {
            for (String w : fn) {
                taken.add(fold(w));
            }
        }
        vocabularies[Lang.EN.ordinal()] = new Vocabulary(Lang.EN, vocabulary(EN_FUNCTION, 30_000, this::englishWord, taken, r), 1.0);
        vocabularies[Lang.FR.ordinal()] = new Vocabulary(Lang.FR, vocabulary(FR_FUNCTION, 20_000, this::frenchWord, taken, r), 1.0);
        vocabularies[Lang.AR.ordinal()] = new Vocabulary(Lang.AR, vocabulary(AR_FUNCTION, 8_000, this::arabicWord, taken, r), 1.0);
        firstNames = unique(400, () -> capitalise(englishWord(r, 2)), taken, r);
        surnames = unique(Math.max(1000, articles / 8), () -> surname(r), taken, r);
        surnameFreq = new int[surnames.length];
        surnameSeenIn = new int[surnames.length];
        Arrays.fill(surnameSeenIn, -1);
        places = unique(80, () -> place(r), taken, r);
        List<String> tagPool = new ArrayList<>(List.of(TOPICS));
        tagPool.addAll(Arrays.asList(places));
        for (String s : unique(80, () -> capitalise(englishWord(r, 2 + r.nextInt(2))), taken, r)) {
            tagPool.add("Dossier " + s);
        }
        tags = tagPool.toArray(String[]::new);
        tagCdf = zipfCdf(tags.length, 0.9);
        tagFreq = new int[tags.length];
        for (Lang lang : List.of(Lang.EN, Lang.FR)) {
            Vocabulary v = vocabulary(lang);
            for (int p = 0; p < (lang == Lang.EN ? 60 : 30); p++) {
                int n = 2 + r.nextInt(2);
                List<String> words = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    words.add(v.words[150 + r.nextInt(3000)]); // mid-frequency words, so phrase queries intersect
                }
                phrases.add(new Phrase(lang, String.join(" ", words)));
            }
        }
        phraseFreq = new int[phrases.size()];
    }

    int size() {
        return articles;
    }

    Vocabulary vocabulary(Lang lang) {
        return vocabularies[lang.ordinal()];
    }

    String[] surnames() {
        return surnames;
    }

    int surnameFreq(int i) {
        return surnameFreq[i];
    }

    List<Phrase> phrases() {
        return phrases;
    }

    int phraseFreq(int i) {
        return phraseFreq[i];
    }

    String[] tags() {
        return tags;
    }

    int tagFreq(int i) {
        return tagFreq[i];
    }

    int langCount(Lang l) {
        return langCount[l.ordinal()];
    }

    int statusCount(ArticleStatus s) {
        return statusCount[s.ordinal()];
    }

    /** The id of article {@code i}, without generating it. */
    static UUID id(int i) {
        SplittableRandom r = new SplittableRandom(SEED * 31 + i);
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    /** Generates article {@code i} (call in increasing order for the frequency counts to be right). */
    Article article(int i) {
        SplittableRandom r = new SplittableRandom(SEED * 1_000_003L + i);
        double u = r.nextDouble();
        Lang lang = u < Lang.EN.share ? Lang.EN : u < Lang.EN.share + Lang.FR.share ? Lang.FR : Lang.AR;
        langCount[lang.ordinal()]++;
        Vocabulary v = vocabulary(lang);

        // people named in the article; some names recur, most are rare
        String[] people = new String[1 + r.nextInt(3)];
        Set<Integer> usedNames = new HashSet<>();
        for (int k = 0; k < people.length; k++) {
            int s = r.nextInt(surnames.length);
            usedNames.add(s);
            people[k] = firstNames[r.nextInt(firstNames.length)] + " " + surnames[s];
        }
        for (int s : usedNames) {
            if (surnameSeenIn[s] != i) {
                surnameSeenIn[s] = i;
                surnameFreq[s]++;
            }
        }
        int phrase = -1;
        if (lang != Lang.AR && r.nextDouble() < 0.35) {
            List<Integer> mine = new ArrayList<>();
            for (int p = 0; p < phrases.size(); p++) {
                if (phrases.get(p).lang() == lang) {
                    mine.add(p);
                }
            }
            phrase = mine.get(r.nextInt(mine.size()));
            phraseFreq[phrase]++;
        }

        String headline = capitalise(words(v, r, i, 6 + r.nextInt(6), 20));
        if (r.nextDouble() < 0.25) {
            headline = headline + ", " + people[0];
        }
        String standfirst = sentence(v, r, i, 18 + r.nextInt(14)) + " " + sentence(v, r, i, 8 + r.nextInt(8));

        List<Block> blocks = new ArrayList<>();
        int target = WORDS_PER_ARTICLE - 40 + r.nextInt(81);
        int written = 0;
        int paragraph = 0;
        int phraseParagraph = r.nextInt(4);
        while (written < target) {
            StringBuilder p = new StringBuilder();
            int len = Math.min(target - written, 40 + r.nextInt(60));
            int inPara = 0;
            while (inPara < len) {
                int n = Math.min(len - inPara, 8 + r.nextInt(17));
                if (p.length() > 0) {
                    p.append(' ');
                }
                String s = sentence(v, r, i, n);
                if (paragraph < people.length && inPara == 0) {
                    s = s.substring(0, s.length() - 1) + (lang == Lang.FR ? ", a déclaré " : lang == Lang.AR ? "، قال " : ", said ")
                            + people[paragraph] + ".";
                    n += 3;
                }
                if (paragraph == phraseParagraph && phrase >= 0 && inPara == 0) {
                    s = s.substring(0, s.length() - 1) + " " + phrases.get(phrase).text() + ".";
                    n += 3;
                }
                p.append(s);
                inPara += n;
            }
            written += inPara;
            if (paragraph == 2 && r.nextDouble() < 0.3) {
                blocks.add(Block.heading(2, capitalise(words(v, r, i, 3 + r.nextInt(4), 10))));
            }
            blocks.add(paragraph == 3 && r.nextDouble() < 0.2 ? Block.quote(p.toString()) : Block.paragraph(p.toString()));
            paragraph++;
        }

        List<String> articleTags = new ArrayList<>();
        int tagCount = 2 + r.nextInt(4);
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < tagCount) {
            int t = Arrays.binarySearch(tagCdf, r.nextDouble());
            chosen.add(t >= 0 ? t : Math.min(-t - 1, tags.length - 1));
        }
        for (int t : chosen) {
            articleTags.add(tags[t]);
            tagFreq[t]++;
        }

        double s = r.nextDouble();
        ArticleStatus status = s < 0.20 ? ArticleStatus.DRAFT : s < 0.30 ? ArticleStatus.IN_REVIEW
                : s < 0.35 ? ArticleStatus.CHANGES_REQUESTED : s < 0.45 ? ArticleStatus.APPROVED
                : s < 0.95 ? ArticleStatus.PUBLISHED : ArticleStatus.ARCHIVED;
        statusCount[status.ordinal()]++;

        // ten years of archive, in order, a little jitter
        LocalDate first = LocalDate.of(2016, 1, 1);
        long days = Math.max(0, Math.min(3652, (long) ((double) i / articles * 3652) + r.nextInt(3) - 1));
        LocalDate date = first.plusDays(days);
        Instant created = date.atTime(6, 0).toInstant(ZoneOffset.UTC).plusSeconds(r.nextInt(14 * 3600));
        Instant updated = created.plusSeconds(r.nextInt(48 * 3600));
        UUID id = id(i);
        String slug = slug(headline, i);
        return new Article(id, slug, lang.language, id, headline, standfirst,
                places[r.nextInt(places.length)].toUpperCase(Locale.ROOT), date,
                firstNames[r.nextInt(firstNames.length)] + " " + surnames[r.nextInt(surnames.length)],
                new Document(blocks), articleTags, null, null, status, 0, created, updated);
    }

    /**
     * What a native export carries: a slug made once from the headline. Arabic headlines (which need ICU
     * transliteration in {@code Slugs}, slow for 100,000 articles) get a numbered slug instead.
     */
    private static String slug(String headline, int i) {
        String ascii = fold(headline).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 70) {
            ascii = ascii.substring(0, 70).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "article-" + i : ascii;
    }

    private String sentence(Vocabulary v, SplittableRandom r, int doc, int n) {
        String words = words(v, r, doc, n, 0);
        return (v.lang == Lang.AR ? words : capitalise(words)) + ".";
    }

    private static String words(Vocabulary v, SplittableRandom r, int doc, int n, int minRank) {
        StringBuilder sb = new StringBuilder(n * 8);
        for (int k = 0; k < n; k++) {
            int w = v.sample(r);
            while (w < minRank && r.nextInt(3) != 0) {
                w = v.sample(r);
            }
            if (k > 0) {
                sb.append(r.nextInt(14) == 0 ? (v.lang == Lang.AR ? "، " : ", ") : " ");
            }
            if (r.nextInt(120) == 0) {
                sb.append(1950 + r.nextInt(76)).append(' ');
            }
            String word = v.use(w, doc);
            if (v.lang == Lang.AR && w >= AR_FUNCTION.length) {
                word = attachArabic(word, r);
            } else if (v.lang == Lang.FR && w >= FR_FUNCTION.length && "aeiouéèêàâîôû".indexOf(word.charAt(0)) >= 0
                    && r.nextInt(6) == 0) {
                word = (r.nextBoolean() ? "l’" : "d’") + word;
            }
            sb.append(word);
        }
        return sb.toString();
    }

    private static final String[] AR_PREFIX = {"ال", "ال", "ال", "ال", "ال", "و", "وال", "بال", "لل", "ب", "فال"};
    private static final String[] AR_SUFFIX = {"ات", "ون", "ين", "ها", "ه", "ي", "ية", "ان"};

    /**
     * An Arabic word as it stands in running text: about half with the article or a conjunction attached, some
     * with a suffix, a few with a shadda or a vowel written in (what people never type).
     */
    private static String attachArabic(String stem, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(stem.length() + 6);
        int p = r.nextInt(20);
        if (p < AR_PREFIX.length) {
            sb.append(AR_PREFIX[p]);
        }
        sb.append(stem);
        if (r.nextInt(5) == 0 && !stem.endsWith("ة") && !stem.endsWith("ى")) {
            sb.append(AR_SUFFIX[r.nextInt(AR_SUFFIX.length)]);
        }
        if (r.nextInt(25) == 0 && sb.length() > 3) {
            sb.insert(sb.length() - 1, r.nextBoolean() ? '\u0651' : '\u064E'); // shadda or fatha
        }
        return sb.toString();
    }

    private static List<String> vocabulary(String[] function, int size, WordMaker maker, Set<String> taken,
                                           SplittableRandom r) {
        record Ranked(String word, double key) {
        }
        List<Ranked> pseudo = new ArrayList<>();
        while (pseudo.size() < size - function.length) {
            String w = maker.make(r, 1 + weightedSyllables(r));
            if (taken.add(fold(w))) {
                // shorter words tend to be more frequent, as in real languages
                pseudo.add(new Ranked(w, w.codePointCount(0, w.length()) + r.nextGaussian() * 2));
            }
        }
        pseudo.sort((a, b) -> Double.compare(a.key, b.key));
        List<String> out = new ArrayList<>(List.of(function));
        pseudo.forEach(p -> out.add(p.word));
        return out;
    }

    private static int weightedSyllables(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.2 ? 0 : u < 0.6 ? 1 : u < 0.88 ? 2 : 3;
    }

    @FunctionalInterface
    private interface WordMaker {
        String make(SplittableRandom r, int syllables);
    }

    private static final String[] EN_ON = {"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t",
            "v", "w", "y", "z", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sc", "sk", "sl",
            "sm", "sn", "sp", "st", "str", "sw", "tr", "th", "sh", "ch", "wh", "", ""};
    private static final String[] EN_NUC = {"a", "e", "i", "o", "u", "ai", "ea", "ee", "oa", "oo", "ou", "ie", "y",
            "a", "e", "i", "o"};
    private static final String[] EN_CODA = {"", "", "", "n", "r", "s", "t", "l", "m", "d", "nd", "nt", "st", "rt",
            "ck", "ng", "sh", "th", "ld", "rk"};
    private static final String[] FR_ON = {"b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v",
            "ch", "gr", "br", "tr", "pr", "cr", "pl", "fl", "qu", "", ""};
    private static final String[] FR_NUC = {"a", "e", "i", "o", "u", "é", "è", "ê", "à", "ou", "ai", "au", "eau",
            "oi", "eu", "an", "on", "in", "ô", "î", "û", "é", "e", "a"};
    private static final String[] FR_CODA = {"", "", "", "", "n", "r", "s", "t", "l", "x", "c", "ll", "rt"};
    private static final String[] FR_SUFFIX = {"ment", "tion", "ette", "elle", "ique", "ière", "age", "eur", "ée",
            "ès", "ance", "çon", "oire"};
    private static final String AR_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String[] NAME_END = {"ovic", "enko", "ardo", "ez", "ski", "ani", "ou", "ić", "sson", "ier",
            "elli", "ada", "oglu", "ami", "ström", "ø", "escu", "awa", "ilä", "ós"};
    private static final String[] PLACE_END = {"ville", "bourg", "ton", "ia", "abad", "ène", "ac", "heim", "ford",
            "ès", "ane", "ouk"};

    private String englishWord(SplittableRandom r, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            sb.append(pick(EN_ON, r)).append(pick(EN_NUC, r));
            if (s == syllables - 1 || r.nextInt(3) == 0) {
                sb.append(pick(EN_CODA, r));
            }
        }
        return sb.toString();
    }

    private String frenchWord(SplittableRandom r, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            sb.append(pick(FR_ON, r)).append(pick(FR_NUC, r));
            if (s == syllables - 1 && r.nextInt(3) == 0) {
                sb.append(pick(FR_CODA, r));
            }
        }
        if (syllables > 1 && r.nextInt(4) == 0) {
            sb.append(pick(FR_SUFFIX, r));
        }
        return sb.toString();
    }

    /** A stem: 3-6 letters, some starting with a hamza on alef, some ending in ta marbuta or alef maksura. */
    private String arabicWord(SplittableRandom r, int syllables) {
        StringBuilder sb = new StringBuilder();
        int h = r.nextInt(25);
        if (h < 3) {
            sb.append("أإآ".charAt(h));
        }
        int n = 2 + syllables + r.nextInt(2);
        for (int k = 0; k < n; k++) {
            sb.append(AR_LETTERS.charAt(r.nextInt(AR_LETTERS.length())));
        }
        int e = r.nextInt(12);
        if (e < 2) {
            sb.append(e == 0 ? 'ة' : 'ى');
        }
        return sb.toString();
    }

    private String surname(SplittableRandom r) {
        return capitalise(pick(EN_ON, r) + pick(EN_NUC, r) + pick(EN_ON, r) + pick(NAME_END, r));
    }

    private String place(SplittableRandom r) {
        return capitalise(frenchWord(r, 1 + r.nextInt(2)) + pick(PLACE_END, r));
    }

    private static String[] unique(int n, java.util.function.Supplier<String> maker, Set<String> taken,
                                   SplittableRandom r) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String w = maker.get();
            if (w.length() > 2 && taken.add(fold(w))) {
                out.add(w);
            }
        }
        return out.toArray(String[]::new);
    }

    private static String pick(String[] options, SplittableRandom r) {
        return options[r.nextInt(options.length)];
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Lower case without accents: what the index's tokenizer (remove_diacritics 2) sees. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static double[] zipfCdf(int n, double exponent) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / Math.pow(k + 1, exponent);
            cdf[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cdf[k] /= sum;
        }
        return cdf;
    }
}
