package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arabic as people type it, word by word: what a typed word must find and must not find, through a real FTS5 index
 * built like the library's (contentless, unicode61, prefixes 2 and 3) and the library's query. The words on the
 * right are as they stand in ICESCO's Arabic press releases (attached article and conjunctions, hamza, ta marbuta,
 * suffixes, a shadda); the left is how a person types them. Lucene's ArabicNormalizer and ArabicStemmer, the
 * reference for the rules, are asked too: every pair that must not match is also two different stems for Lucene, and
 * our stems equal Lucene's for every word here.
 */
class ArabicFoldingTest {
    /** {typed, as written in the prose} pairs that must find each other. */
    static final String[][] MUST_MATCH = {
        {"احمد", "أحمد"}, {"مخطوطات", "المخطوطات"}, {"اكد", "وأكّد"}, {"ثقافه", "الثقافة"}, {"اسلامي", "الإسلامي"},
        {"مدير", "المدير"}, {"ايسيسكو", "الإيسيسكو"}, {"ايسيسكو", "للإيسيسكو"}, {"تربيه", "للتربية"},
        {"علوم", "والعلوم"}, {"ثقافة", "والثقافة"}, {"جهود", "الجهود"}, {"منظمه", "المنظمة"}, {"دوليه", "الدولية"},
        {"تاريخيه", "التاريخية"}, {"ترميم", "وترميم"}, {"شباب", "الشباب"}, {"القدرات", "قدرات"},
        {"تطبيقات", "وتطبيقاتها"}, {"تعاون", "التعاون"}, {"مبادره", "مبادرة"}, {"رقميه", "الرقمية"},
        {"صحيه", "الصحية"}, {"مغربيه", "المغربية"}, {"مملكه", "المملكة"}, {"اعضاء", "الأعضاء"}, {"دول", "الدول"},
        {"اوضح", "وأوضح"}, {"فضاء", "الفضاء"}, {"اذربيجاني", "الأذربيجاني"}, {"ثقافي", "الثقافية"},
        {"المخطوط", "مخطوطات"}, {"مخطوطه", "مخطوطات"}, {"مخطوطات", "المخطوطة"}, {"٢٠٢٤", "2024"}, {"2025", "٢٠٢٥"},
        {"الرباط", "بالرباط"}, {"مدينه", "المدينة"}, {"حضاره", "الحضارية"}, {"لغه", "اللغة"}, {"عربيه", "العربية"},
        {"تكنولوجيا", "والتكنولوجيا"}, {"ابتكار", "الابتكار"}, {"مبتكرين", "المبتكرين"}, {"امام", "الإمام"},
        {"مستوي", "مستوى"}, {"مؤسسات", "والمؤسسات"},
        // typed half-way, as the search box sees it: prefixes keep finding
        {"مخطو", "المخطوطات"}, {"المخ", "المخطوطات"}, {"والمخ", "والمخطوطات"}, {"وزي", "وزير"}, {"اسلا", "الإسلامي"},
        {"ثقا", "الثقافة"}, {"اك", "وأكّد"},
    };

    /** {typed, as written} pairs that are different words and must not find each other. */
    static final String[][] MUST_NOT_MATCH = {
        {"سلام", "الإسلامي"}, {"وزير", "وزارة"}, {"عالم", "العلوم"}, {"مالي", "المالك"}, {"علم", "المعلم"},
        {"كتب", "مكتبات"}, {"مدير", "المدارس"}, {"دار", "إدارة"}, {"امن", "المؤمنين"}, {"صحه", "الصحيفة"},
        {"قدر", "قرارات"}, {"شعر", "الشعار"}, {"حفظ", "المحافظة"}, {"مكتب", "كتاب"}, {"جامعه", "الجماعة"},
        {"حلب", "الحليب"}, {"ماليزيا", "مالي"}, {"تراث", "الثروات"}, {"وطني", "الوطن"},
    };

    /**
     * Beyond light stemming, for Lucene as for us: a lone attached ب ل ف ك ("بمقر"), and a ta marbuta that turns
     * into ت before a suffix ("ثقافتنا").
     */
    static final String[][] LIGHT_STEMMING_LIMITS = {{"مقر", "بمقر"}, {"ثقافه", "ثقافتنا"}, {"علوم", "بعلوم"}};

    private static Connection db;
    private static final List<String> WRITTEN = new ArrayList<>();

    @BeforeAll
    static void index() throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = db.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE t USING fts5 (body, content = '', contentless_delete = 1,"
                    + " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
        }
        Stream.of(MUST_MATCH, MUST_NOT_MATCH, LIGHT_STEMMING_LIMITS).flatMap(Stream::of).forEach(p -> WRITTEN.add(p[1]));
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO t (rowid, body) VALUES (?, ?)")) {
            for (int i = 0; i < WRITTEN.size(); i++) {
                ps.setLong(1, i + 1);
                ps.setString(2, SearchText.indexText(WRITTEN.get(i)));
                ps.executeUpdate();
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static Stream<Arguments> mustMatch() {
        return Stream.of(MUST_MATCH).map(p -> Arguments.of(p[0], p[1]));
    }

    static Stream<Arguments> mustNotMatch() {
        return Stream.of(MUST_NOT_MATCH).map(p -> Arguments.of(p[0], p[1]));
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @MethodSource("mustMatch")
    void typedWordFindsTheWordAsWritten(String typed, String written) throws SQLException {
        assertThat(found(typed)).as("\"%s\" finds \"%s\"", typed, written).contains(written);
    }

    @ParameterizedTest(name = "{0} does not find {1}")
    @MethodSource("mustNotMatch")
    void differentWordsStayApart(String typed, String written) throws SQLException {
        assertThat(found(typed)).as("\"%s\" must not find \"%s\"", typed, written).doesNotContain(written);
        assertThat(lucene(typed)).as("Lucene keeps them apart too").isNotEqualTo(lucene(written));
    }

    @Test
    void whatLightStemmingCannotDoLuceneCannotEither() throws SQLException {
        for (String[] p : LIGHT_STEMMING_LIMITS) {
            assertThat(found(p[0])).as(p[0] + " / " + p[1]).doesNotContain(p[1]);
            assertThat(lucene(p[0])).isNotEqualTo(lucene(p[1]));
        }
    }

    @Test
    void tableHasEnoughPairsFromBothDirections() {
        assertThat(MUST_MATCH.length + MUST_NOT_MATCH.length).isGreaterThanOrEqualTo(40);
        assertThat(MUST_NOT_MATCH.length).isGreaterThanOrEqualTo(15);
    }

    @Test
    void stemsAreLucenesForEveryWordOfTheTable() {
        Set<String> words = new HashSet<>();
        Stream.concat(Stream.of(MUST_MATCH), Stream.of(MUST_NOT_MATCH)).forEach(p -> {
            words.add(p[0]);
            words.add(p[1]);
        });
        words.removeIf(w -> w.chars().anyMatch(Character::isDigit));
        for (String w : words) {
            assertThat(ArabicFolding.stem(w)).as(w).isEqualTo(lucene(w));
        }
    }

    @Test
    void normalisationCoversHamzaMaksuraTaMarbutaTatweelHarakatAndDigits() {
        assertThat(ArabicFolding.normalise("أإآٱ")).isEqualTo("اااا");
        assertThat(ArabicFolding.normalise("مستوى")).isEqualTo("مستوي");
        assertThat(ArabicFolding.normalise("الثقافة")).isEqualTo("الثقافه");
        assertThat(ArabicFolding.normalise("العـــامّ")).isEqualTo("العام");
        assertThat(ArabicFolding.normalise("كِتَابٌ مُقَدَّسٌ رَحْمٰن")).isEqualTo("كتاب مقدس رحمن");
        assertThat(ArabicFolding.normalise("٢٠٢٦ ۱۴")).isEqualTo("2026 14");
    }

    @Test
    void frenchElisionsAndApostrophesNeverStopAMatch() {
        assertThat(SearchText.indexText("L’éducation, l'école et qu’il d’Artagnan aujourd’hui"))
                .isEqualTo("éducation école et il Artagnan aujourd hui");
        assertThat(FtsQuery.from("l’éducation")).isEqualTo(FtsQuery.from("éducation"));
    }

    /** The written words a typed one finds in the test index, through the library's own MATCH. */
    private static List<String> found(String typed) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT rowid FROM t WHERE t MATCH ?")) {
            ps.setString(1, FtsQuery.from(typed));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(WRITTEN.get(rs.getInt(1) - 1));
                }
            }
        }
        return out;
    }

    /** Lucene's ArabicNormalizer then ArabicStemmer on one word. */
    static String lucene(String word) {
        char[] chars = word.toCharArray();
        int len = new ArabicNormalizer().normalize(chars, chars.length);
        len = new ArabicStemmer().stem(chars, len);
        return new String(chars, 0, len);
    }
}
