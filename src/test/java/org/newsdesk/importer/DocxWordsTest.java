package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.TextRun;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Language;

/**
 * The measurable check of the Word import: for every .docx fixture (the LibreOffice-made ones under
 * src/test/resources/docx and the Word-like one {@link WordLikeDocx} writes; see docx/README.md), the words of the
 * imported article (headline, standfirst, body with its tables, captions and notes, and the review comments) against
 * the words of the document as Word shows it with changes accepted. The expected words are worked out here on their
 * own, straight from the zip's XML with a streaming parser: every {@code w:t} of document.xml, footnotes.xml,
 * endnotes.xml and comments.xml, less deleted and moved-away text ({@code w:del}, {@code w:moveFrom}), field codes
 * (between a field's begin and separator), hidden text ({@code w:vanish}), the old-reader copies of shapes
 * ({@code mc:Fallback}) and Word's note separators. Headers and footers are page furniture and not part of an
 * article. A word may move (into Notes, a table, a comment) but not disappear; so may a heading, which must come in
 * as a heading (or the headline).
 *
 * <p>Word files from elsewhere cannot be committed here; a folder of them is measured the same way when it is present:
 * {@code -Dnewsdesk.corpus.docx=DIR}, by default {@code .corpus/docx} (git-ignored).
 */
class DocxWordsTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final Path FIXTURES = Paths.get("src/test/resources/docx");
    private static final Path CORPUS = Paths.get(System.getProperty("newsdesk.corpus.docx", ".corpus/docx"));
    private static final ImportDefaults DEFAULTS = new ImportDefaults(Language.ENGLISH, Instant.parse("2026-12-01T00:00:00Z"));
    private static final Map<String, Measure> FIXTURE_REPORT = new TreeMap<>();
    private static final Map<String, Measure> CORPUS_REPORT = new TreeMap<>();

    @TempDir
    static Path generated;

    /** What one file lost in the import. */
    record Measure(int words, int missing, List<String> missingWords, int headings, List<String> headingsLost) {
        double percent() {
            return words == 0 ? 0 : 100.0 * missing / words;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%5d words, %4d missing (%5.2f %%), headings %d/%d", words, missing,
                    percent(), headings - headingsLost.size(), headings);
        }
    }

    static Stream<Path> fixtures() throws IOException {
        List<Path> files = new ArrayList<>(docxUnder(FIXTURES));
        files.add(WordLikeDocx.write(generated));
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void noWordIsLostAndHeadingsStayHeadings(Path file) throws Exception {
        Measure measure = measure(file);
        FIXTURE_REPORT.put(file.startsWith(FIXTURES) ? FIXTURES.relativize(file).toString() : "(written by WordLikeDocx) "
                + file.getFileName(), measure);
        assertThat(measure.missingWords()).as("words of %s missing from the import", file.getFileName()).isEmpty();
        assertThat(measure.headingsLost()).as("headings of %s that did not come in as headings", file.getFileName()).isEmpty();
    }

    /** The Word files of the local corpus, one test each; one skipped test saying so when there is none. */
    @TestFactory
    Stream<DynamicTest> corpusFilesLoseNoWord() throws IOException {
        if (!Files.isDirectory(CORPUS) || docxUnder(CORPUS).isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("no corpus", () -> Assumptions.abort("No Word corpus at "
                    + CORPUS.toAbsolutePath() + " (set -Dnewsdesk.corpus.docx=DIR to measure one); only the fixtures were measured.")));
        }
        return docxUnder(CORPUS).stream().map(file -> DynamicTest.dynamicTest(CORPUS.relativize(file).toString(), () -> {
            Measure measure = measure(file);
            CORPUS_REPORT.put(CORPUS.relativize(file).toString(), measure);
            assertThat(measure.missingWords()).as("words of %s missing from the import", file.getFileName()).isEmpty();
            assertThat(measure.headingsLost()).as("headings of %s that did not come in as headings", file.getFileName()).isEmpty();
        }));
    }

    @AfterAll
    static void printReport() {
        report("Word import, words missing per fixture:", FIXTURE_REPORT);
        report("Word import, words missing per file of the corpus " + CORPUS.toAbsolutePath() + ":", CORPUS_REPORT);
    }

    private static void report(String title, Map<String, Measure> measures) {
        if (measures.isEmpty()) {
            return;
        }
        System.out.println(title);
        measures.forEach((file, measure) -> System.out.printf("  %-60s %s%n", file, measure));
        double mean = measures.values().stream().mapToDouble(Measure::percent).average().orElse(0);
        long overTen = measures.values().stream().filter(m -> m.percent() > 10).count();
        int headings = measures.values().stream().mapToInt(Measure::headings).sum();
        int lost = measures.values().stream().mapToInt(m -> m.headingsLost().size()).sum();
        System.out.printf(Locale.ROOT, "  %d files: mean %.2f %% of words missing, %d over 10 %%, headings %d/%d%n",
                measures.size(), mean, overTen, headings - lost, headings);
    }

    private static List<Path> docxUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".docx")).sorted().toList();
        }
    }

    static Measure measure(Path file) throws Exception {
        Map<String, byte[]> parts = unzip(file);
        List<String> expected = new ArrayList<>();
        for (String part : List.of("word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "word/comments.xml")) {
            if (parts.containsKey(part)) {
                expected.addAll(words(shownText(parts.get(part))));
            }
        }
        ImportedArticle imported = new DocxImporter().read(file, DEFAULTS).get(0);
        Article article = imported.article();
        StringBuilder actualText = new StringBuilder(article.headline()).append('\n').append(article.standfirst())
                .append('\n').append(wordsOf(article.body()));
        imported.comments().forEach(c -> actualText.append('\n').append(c.text()));
        Map<String, Integer> actual = count(words(actualText.toString()));
        Map<String, Integer> wanted = count(expected);
        int missing = 0;
        List<String> missingWords = new ArrayList<>();
        for (var e : wanted.entrySet()) {
            int lost = e.getValue() - actual.getOrDefault(e.getKey(), 0);
            if (lost > 0) {
                missing += lost;
                missingWords.add(e.getKey() + (lost > 1 ? "×" + lost : ""));
            }
        }
        List<String> headings = expectedHeadings(parts);
        List<String> found = new ArrayList<>(article.body().blocks().stream()
                .filter(b -> b.type() == BlockType.HEADING).map(Block::text).map(DocxWordsTest::squash).toList());
        found.add(squash(article.headline()));
        List<String> headingsLost = headings.stream().filter(h -> !found.contains(h)).toList();
        return new Measure(expected.size(), missing, missingWords, headings.size(), headingsLost);
    }

    /**
     * The body's text as a reader reads it, without the note reference numbers (a reference "1" right after a word
     * is a link of its own, not part of the word) and the notes' back links.
     */
    private static String wordsOf(Document body) {
        StringBuilder out = new StringBuilder();
        for (Block block : body.blocks()) {
            if (block.type() == BlockType.IMAGE) {
                out.append(block.image().caption());
            } else {
                runs(block.runs(), out);
                if (block.type() == BlockType.TABLE) {
                    block.table().rows().forEach(row -> row.forEach(cell -> runs(cell.runs(), out.append(' '))));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void runs(List<TextRun> runs, StringBuilder out) {
        for (TextRun run : runs) {
            boolean noteLink = run.link() != null && run.link().startsWith("#note-");
            out.append(noteLink ? " " : run.text());
        }
    }

    // ---- what Word shows -------------------------------------------------------------------------------------

    /** The text of the part's shown {@code w:t} nodes, each paragraph on its own line. */
    static String shownText(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder out = new StringBuilder();
        Deque<String> path = new ArrayDeque<>();
        int skipDepth = -1; // inside w:del, w:moveFrom, mc:Fallback or a note separator
        boolean hiddenRun = false;
        Deque<Boolean> fieldShowing = new ArrayDeque<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = r.getNamespaceURI();
                String name = r.getLocalName();
                String parent = path.peek();
                path.push(name);
                if (skipDepth >= 0) {
                    continue;
                }
                if (W.equals(ns) && (name.equals("del") || name.equals("moveFrom"))
                        || MC.equals(ns) && name.equals("Fallback")
                        || W.equals(ns) && (name.equals("footnote") || name.equals("endnote"))
                        && isSeparator(r.getAttributeValue(W, "type"))) {
                    skipDepth = path.size();
                } else if (W.equals(ns) && name.equals("r")) {
                    hiddenRun = false;
                } else if (W.equals(ns) && name.equals("vanish") && "rPr".equals(parent) && path.size() >= 3
                        && "r".equals(List.copyOf(path).get(2)) && !"0".equals(r.getAttributeValue(W, "val"))
                        && !"false".equals(r.getAttributeValue(W, "val"))) {
                    hiddenRun = true;
                } else if (W.equals(ns) && name.equals("fldChar")) {
                    String type = r.getAttributeValue(W, "fldCharType");
                    if ("begin".equals(type)) {
                        fieldShowing.push(false);
                    } else if ("separate".equals(type) && !fieldShowing.isEmpty()) {
                        fieldShowing.pop();
                        fieldShowing.push(true);
                    } else if ("end".equals(type) && !fieldShowing.isEmpty()) {
                        fieldShowing.pop();
                    }
                } else if (W.equals(ns) && name.equals("t") && !hiddenRun && !fieldShowing.contains(false)) {
                    out.append(r.getElementText());
                    path.pop();
                } else if (W.equals(ns) && (name.equals("tab") || name.equals("br") || name.equals("cr")
                        || name.equals("footnoteReference") || name.equals("endnoteReference"))) {
                    out.append(' '); // a note's mark stands between the words around it
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (skipDepth == path.size()) {
                    skipDepth = -1;
                }
                String name = path.pop();
                if (name.equals("p")) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static boolean isSeparator(String type) {
        return type != null && (type.equals("separator") || type.equals("continuationSeparator")
                || type.equals("continuationNotice"));
    }

    /** Words as runs of letters and digits, lower case: punctuation and spacing may change, words may not. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+").matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Map<String, Integer> count(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }

    // ---- what Word calls a heading ------------------------------------------------------------------------------

    private static final Pattern HEADING_NAME = Pattern.compile("(heading|überschrift|titre|título|titolo|kop|заголовок|عنوان) ?[1-9]|title");

    /**
     * Texts of the document's headings: paragraphs (outside tables and text boxes) whose style's name is a heading
     * or the title in English or a few other languages, or that have an outline level of their own, from their
     * style or a style it is based on.
     */
    static List<String> expectedHeadings(Map<String, byte[]> parts) throws Exception {
        Map<String, String[]> styles = new HashMap<>(); // id → name, basedOn, outline
        if (parts.containsKey("word/styles.xml")) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(parts.get("word/styles.xml")));
            String[] current = null;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT || !W.equals(r.getNamespaceURI())) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "style" -> {
                        current = new String[3];
                        styles.put(r.getAttributeValue(W, "styleId"), current);
                    }
                    case "name" -> { if (current != null) current[0] = r.getAttributeValue(W, "val").toLowerCase(Locale.ROOT); }
                    case "basedOn" -> { if (current != null) current[1] = r.getAttributeValue(W, "val"); }
                    case "outlineLvl" -> { if (current != null) current[2] = r.getAttributeValue(W, "val"); }
                    default -> { }
                }
            }
        }
        List<String> headings = new ArrayList<>();
        XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(parts.get("word/document.xml")));
        int nested = 0; // inside w:tbl or w:txbxContent
        String style = null;
        String outline = null;
        boolean inParagraph = false;
        int skip = 0;
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (MC.equals(r.getNamespaceURI()) && name.equals("Fallback") || W.equals(r.getNamespaceURI())
                        && (name.equals("del") || name.equals("moveFrom") || name.equals("instrText"))) {
                    skip++;
                }
                if (!W.equals(r.getNamespaceURI())) {
                    continue;
                }
                switch (name) {
                    case "tbl", "txbxContent" -> nested++;
                    case "p" -> {
                        if (nested == 0) {
                            inParagraph = true;
                            style = null;
                            outline = null;
                            text.setLength(0);
                        }
                    }
                    case "pStyle" -> style = r.getAttributeValue(W, "val");
                    case "tab", "br", "cr" -> text.append(' ');
                    case "outlineLvl" -> outline = r.getAttributeValue(W, "val");
                    case "t" -> {
                        if (inParagraph && skip == 0) {
                            text.append(r.getElementText());
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if (MC.equals(r.getNamespaceURI()) && name.equals("Fallback") || W.equals(r.getNamespaceURI())
                        && (name.equals("del") || name.equals("moveFrom") || name.equals("instrText"))) {
                    skip--;
                }
                if (!W.equals(r.getNamespaceURI())) {
                    continue;
                }
                if (name.equals("tbl") || name.equals("txbxContent")) {
                    nested--;
                } else if (name.equals("p") && inParagraph && nested == 0) {
                    inParagraph = false;
                    if (isHeading(style, outline, styles) && !squash(text.toString()).isEmpty()) {
                        headings.add(squash(text.toString()));
                    }
                }
            }
        }
        return headings;
    }

    private static boolean isHeading(String style, String outline, Map<String, String[]> styles) {
        if (outline != null) {
            return !outline.equals("9");
        }
        for (int hops = 0; style != null && hops < 10; hops++) {
            String[] s = styles.get(style);
            if (s == null) {
                return style.toLowerCase(Locale.ROOT).matches("heading[1-9]|berschrift[1-9]|title");
            }
            if (s[0] != null && HEADING_NAME.matcher(s[0]).matches()) {
                return true;
            }
            if (s[2] != null) {
                return !s[2].equals("9");
            }
            style = s[1];
        }
        return false;
    }

    private static String squash(String text) {
        return String.join(" ", words(text));
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
