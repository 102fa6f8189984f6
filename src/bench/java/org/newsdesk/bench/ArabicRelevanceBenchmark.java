package org.newsdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.service.Library;
import org.newsdesk.store.BenchFts;

/**
 * Arabic relevance: 24 queries typed the way people type (no hamza, no article, ه for ة, no shadda) over 24 short
 * news items, each query with the items a reader would expect it to find. Three systems answer: Newsdesk (a real
 * library), Lucene's ArabicAnalyzer (what Elasticsearch's {@code arabic} analyzer does; a query matches an item
 * holding all its analysed terms) and the floor, a bare FTS5 table over the raw text with the words as typed (what
 * Newsdesk did before). An answer is right when it is exactly the expected items.
 *
 * <p>The items and queries were written for this benchmark after the folding rules were set, in the words of
 * ICESCO's Arabic releases; they include cases no light stemmer gets (ta marbuta turned ت before a suffix,
 * "للغة", broken plurals) and one where prefix search costs precision ("مالي" also finds "ماليزيا").
 */
final class ArabicRelevanceBenchmark {
    private static final String[] ITEMS = {
        "أكّد المدير العامّ للإيسيسكو أهمية حماية المخطوطات الإسلامية ورقمنتها.",
        "افتتح وزير الثقافة الأذربيجاني معرضاً للمخطوطة النادرة في باكو.",
        "وقّعت المنظمة اتفاقية مع وزارة التربية لتطوير المناهج الدراسية.",
        "قال أحمد بن علي إن التعاون بين الجامعات يعزز البحث العلمي.",
        "أطلقت الإيسيسكو مبادرة لحفظ التراث الثقافي في مدينة تمبكتو.",
        "ناقش الخبراء مستقبل الذكاء الاصطناعي في التعليم.",
        "استقبل الدكتور المالك سفير ماليزيا لدى المملكة المغربية.",
        "شاركت مالي في الملتقى الدولي للتراث المخطوط.",
        "نظمت المنظمة ورشة تدريبية للمعلمين حول التعليم الرقمي.",
        "أعلنت وزارة الصحة عن حملة للتطعيم في المدارس.",
        "وأكّدت الوزيرة أن الثقافة جسر للحوار بين الشعوب.",
        "فاز فريق من الشباب بجائزة الابتكار في الصحة الإلكترونية.",
        "احتفت المنظمة باليوم العالمي للغة العربية.",
        "زار وفد من العلماء مكتبة الإسكندرية واطلع على مخطوطاتها.",
        "تحدث المدير العام عن السلام والتسامح في العالم الإسلامي.",
        "وقعت المؤسسات الأعضاء على إعلان الرباط للتعليم.",
        "دعت الإيسيسكو إلى حماية الآثار في مناطق النزاع.",
        "نشرت الصحيفة مقالاً عن تاريخ الخط العربي.",
        "بدأ برنامج لتأهيل المعلمات في المناطق الريفية.",
        "استضافت مدينة فاس مهرجان الموسيقى الروحية.",
        "قدّم الباحثون نتائج دراستهم حول تغير المناخ والأمن الغذائي.",
        "التقى أحمد وزير التعليم العالي في مالي.",
        "أشاد المشاركون بجهود المنظمة في مجال محو الأمية.",
        "يضم المتحف آلاف القطع الأثرية من العصر الإسلامي.",
    };

    /** Typed query → the items (1-based) a reader expects. */
    private static final Object[][] QUERIES = {
        {"احمد", 4, 22}, {"مخطوطات", 1, 2, 8, 14}, {"اكد", 1, 11}, {"ثقافه", 2, 5, 11}, {"اسلامي", 1, 15, 24},
        {"وزير", 2, 11, 22}, {"وزاره", 3, 10}, {"منظمه", 3, 9, 13, 23}, {"تعليم", 6, 9, 16, 22}, {"معلمين", 9, 19},
        {"شباب", 12}, {"صحه", 10, 12}, {"لغه", 13}, {"ابتكار", 12}, {"تراث", 5, 8}, {"اثار", 17, 24},
        {"مدينه", 5, 20}, {"مالي", 8, 22}, {"سلام", 15}, {"علماء", 14}, {"مكتبه", 14}, {"دراسه", 3, 21},
        {"اعضاء", 16}, {"مناخ", 21},
    };

    private ArabicRelevanceBenchmark() {
    }

    static void run(List<String> args) throws Exception {
        Path dir = Files.createTempDirectory("newsdesk-relevance");
        Map<UUID, Integer> itemOf = new HashMap<>();
        int newsdeskRight = 0;
        int luceneRight = 0;
        int bareRight = 0;
        List<String> rows = new ArrayList<>();
        try (Library library = Library.open(dir.resolve("relevance.newsdesk"), Clock.systemUTC(),
                () -> new User("Benchmark", Role.EDITOR));
             Connection bare = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("bare.sqlite"));
             Analyzer lucene = new ArabicAnalyzer()) {
            try (Statement st = bare.createStatement()) {
                st.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2',"
                        + " prefix = '2 3')");
            }
            List<Set<String>> luceneItems = new ArrayList<>();
            for (int i = 0; i < ITEMS.length; i++) {
                Article a = library.articles().create(Article.draft("", Language.of("ar"), Instant.EPOCH)
                        .withBody(Document.ofPlainText(ITEMS[i])));
                itemOf.put(a.id(), i + 1);
                try (PreparedStatement ps = bare.prepareStatement("INSERT INTO t (rowid, body) VALUES (?, ?)")) {
                    ps.setInt(1, i + 1);
                    ps.setString(2, ITEMS[i]);
                    ps.executeUpdate();
                }
                luceneItems.add(terms(lucene, ITEMS[i]));
            }
            for (Object[] q : QUERIES) {
                String typed = (String) q[0];
                Set<Integer> expected = new TreeSet<>();
                for (int k = 1; k < q.length; k++) {
                    expected.add((Integer) q[k]);
                }
                Set<Integer> newsdesk = new TreeSet<>();
                library.articles().search(ArticleFilter.text(typed)).forEach(h -> newsdesk.add(itemOf.get(h.article().id())));
                Set<Integer> luc = new TreeSet<>();
                Set<String> queryTerms = terms(lucene, typed);
                for (int i = 0; i < luceneItems.size(); i++) {
                    if (!queryTerms.isEmpty() && luceneItems.get(i).containsAll(queryTerms)) {
                        luc.add(i + 1);
                    }
                }
                Set<Integer> floor = bareAnswer(bare, typed);
                newsdeskRight += newsdesk.equals(expected) ? 1 : 0;
                luceneRight += luc.equals(expected) ? 1 : 0;
                bareRight += floor.equals(expected) ? 1 : 0;
                rows.add(String.format(Locale.ROOT, "| %s | %s | %s%s | %s%s | %s%s |", typed, expected,
                        newsdesk, newsdesk.equals(expected) ? " ✓" : " ✗", luc, luc.equals(expected) ? " ✓" : " ✗",
                        floor, floor.equals(expected) ? " ✓" : " ✗"));
            }
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        int n = QUERIES.length;
        System.out.println("Arabic relevance: " + ITEMS.length + " news items, " + n + " queries as people type them");
        System.out.println();
        System.out.println("| typed | expected items | Newsdesk | Lucene ArabicAnalyzer | bare FTS5 (before) |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.printf(Locale.ROOT, "Right answers: Newsdesk %d/%d, Lucene ArabicAnalyzer %d/%d, bare FTS5 %d/%d%n",
                newsdeskRight, n, luceneRight, n, bareRight, n);
        LibraryBenchmark.target("arabic relevance vs Lucene", newsdeskRight + "/" + n, "right",
                luceneRight + "/" + n + " Lucene", (double) newsdeskRight / Math.max(1, luceneRight),
                newsdeskRight >= luceneRight, "at least as many right answers as Lucene's ArabicAnalyzer");
        LibraryBenchmark.target("arabic relevance vs bare", newsdeskRight + "/" + n, "right",
                bareRight + "/" + n + " bare", (double) newsdeskRight / Math.max(1, bareRight),
                newsdeskRight > bareRight, "more right answers than the bare table (Newsdesk before folding)");
    }

    private static Set<Integer> bareAnswer(Connection bare, String typed) throws SQLException {
        Set<Integer> out = new TreeSet<>();
        try (PreparedStatement ps = bare.prepareStatement("SELECT rowid FROM t WHERE t MATCH ?")) {
            ps.setString(1, BenchFts.bareMatch(typed));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
        }
        return out;
    }

    private static Set<String> terms(Analyzer analyzer, String text) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return new HashSet<>(out);
    }
}
