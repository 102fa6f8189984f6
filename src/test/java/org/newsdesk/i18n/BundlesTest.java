package org.newsdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three bundles say the same things: every key of the English bundle is in the French and Arabic ones, none is
 * empty, none is left over, each pattern parses and takes the same arguments, and the punctuation is the language's.
 */
class BundlesTest {
    static Map<String, String> load(String suffix) throws IOException {
        return BundleFile.read("/org/newsdesk/i18n/messages" + suffix + ".properties");
    }

    /** The argument numbers a pattern uses, plural or not. */
    static TreeSet<Integer> arguments(String pattern) {
        MessagePattern mp = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
        TreeSet<Integer> args = new TreeSet<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                args.add(part.getValue());
            }
        }
        return args;
    }

    /** The pattern filled with sample arguments (counts 1, 2, 5, 11 and 100 in turn). */
    static List<String> samples(String pattern, String lang) {
        List<String> out = new ArrayList<>();
        MessageFormat f = new MessageFormat(pattern, ULocale.forLanguageTag(lang));
        for (int n : new int[]{0, 1, 2, 5, 11, 100}) {
            Object[] args = new Object[10];
            for (int i = 0; i < args.length; i++) {
                args[i] = n;
            }
            out.add(f.format(args));
        }
        return out;
    }

    /** A key given twice keeps only its last value: one of the two places shows the other's words. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_ar"})
    void noKeyIsGivenTwice(String suffix) throws IOException {
        String name = "/org/newsdesk/i18n/messages" + suffix + ".properties";
        assertThat(BundleFile.keysAsWritten(name)).as(name).doesNotHaveDuplicates();
    }

    @Test
    void theEnglishBundleHasNoEmptyValue() throws IOException {
        load("").forEach((k, v) -> assertThat(v).as(k).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void everyKeyIsTranslatedWithTheSameArguments(String lang) throws IOException {
        Map<String, String> english = load("");
        Map<String, String> other = load("_" + lang);
        List<String> problems = new ArrayList<>();
        for (var e : english.entrySet()) {
            String v = other.get(e.getKey());
            if (v == null) {
                problems.add("missing: " + e.getKey());
            } else if (v.isBlank()) {
                problems.add("empty: " + e.getKey());
            } else {
                try {
                    if (!arguments(e.getValue()).equals(arguments(v))) {
                        problems.add("arguments differ: " + e.getKey() + " " + arguments(e.getValue()) + " vs "
                                + arguments(v));
                    }
                    samples(v, lang);
                } catch (IllegalArgumentException bad) {
                    problems.add("does not parse: " + e.getKey() + " (" + bad.getMessage() + ")");
                }
            }
        }
        for (String k : other.keySet()) {
            if (!english.containsKey(k)) {
                problems.add("not in the English bundle: " + k);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeDoublePunctuation() throws IOException {
        List<String> problems = new ArrayList<>();
        load("_fr").forEach((k, v) -> {
            for (String s : samples(v, "fr")) {
                if (Typography.frenchMisses(s)) {
                    problems.add(k + ": " + s);
                    break;
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void arabicUsesArabicPunctuation() throws IOException {
        List<String> problems = new ArrayList<>();
        load("_ar").forEach((k, v) -> {
            if (k.equals("settings.frenchSpacing")) {
                return; // names the French marks it is about
            }
            for (String s : samples(v, "ar")) {
                if (Typography.arabicMisses(s)) {
                    problems.add(k + ": " + s);
                    break;
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void arabicCountsHaveTheirOwnForms() throws IOException {
        Map<String, String> arabic = load("_ar");
        assertThat(samples(arabic.get("status.words"), "ar")).containsSubsequence("كلمة واحدة", "كلمتان",
                "5 كلمات", "11 كلمة", "100 كلمة");
    }

    @Test
    void messagesFallBackToNothingAndFindEveryLanguage() {
        for (UiLanguage l : UiLanguage.values()) {
            Messages t = Messages.of(l, Digits.LATIN);
            assertThat(t.get("button.cancel")).isNotEqualTo("button.cancel");
        }
        assertThat(Messages.of(UiLanguage.FRENCH, Digits.LATIN).get("button.cancel")).isEqualTo("Annuler");
        assertThat(Messages.of(UiLanguage.ARABIC, Digits.ARABIC_INDIC).get("status.words", 3)).isEqualTo("٣ كلمات");
        assertThat(Messages.of(UiLanguage.ARABIC, Digits.LATIN).get("status.words", 3)).isEqualTo("3 كلمات");
    }
}
