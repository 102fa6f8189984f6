package org.newsdesk.importer;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Language;
import org.newsdesk.model.Mark;
import org.newsdesk.model.Notes;
import org.newsdesk.model.Table;
import org.newsdesk.model.TableCell;
import org.newsdesk.model.TextRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word document's text to an article body, reading the document's XML so that no word Word shows is lost:
 * paragraphs, headings (by style name in several languages, style id, or outline level), lists, tables, text boxes
 * and shapes, content controls, fields (their results; HYPERLINK fields become links), tracked changes as they read
 * accepted (insertions kept, deletions dropped), footnotes and endnotes (a "Notes" list at the end, linked both ways,
 * see {@link Notes}), Word comments (review comments on their words), right-to-left paragraphs and the language Word
 * says the text is in. Headers and footers, hidden text and deleted text are left out.
 *
 * <p>The first level-1 heading (or "Title") before any text becomes the headline and a "Subtitle" right after it
 * the standfirst; later level-1 headings become level 2, deeper ones level 4. Embedded photos become image blocks
 * after their paragraph's words, a "Caption" paragraph under one becoming its caption.
 */
final class DocxConverter {
    private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private static final Pattern HYPERLINK = Pattern.compile("(?is)^\\s*HYPERLINK\\s+(?:\"([^\"]*)\"|(\\S+))(.*)$");
    private static final Set<String> NOTE_SEPARATORS = Set.of("separator", "continuationSeparator", "continuationNotice");

    record Result(String headline, String standfirst, Document body, Optional<Language> language,
                  List<ImportedComment> comments) {
    }

    /** A complex field being read: its code so far, and whether its shown result has begun. */
    private static final class Field {
        final StringBuilder code = new StringBuilder();
        boolean showingResult;
    }

    /** The words of one paragraph (or cell), and what comes after it: its pictures and text boxes. */
    private static final class Collected {
        final List<TextRun> runs = new ArrayList<>();
        final List<Block> after = new ArrayList<>();
        /** Holds a SEQ field: the "Figure 1" number that Word's and LibreOffice's Insert Caption write. */
        boolean numberedCaption;
    }

    private record Story(PackagePart part, boolean main) {
    }

    private final XWPFDocument document;
    private final DocxPictures pictures;
    private final ImportedFigures figures;
    private final DocxLists lists;
    private final DocxCommentMarks commentMarks = new DocxCommentMarks();
    private final Deque<Field> fields = new ArrayDeque<>();
    private final Map<String, Element> notes = new LinkedHashMap<>(); // "f12", "e3" → w:footnote / w:endnote
    private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();
    private PackagePart notesPart;
    private DocxStyles styles = DocxStyles.none();
    private DocxLanguage language;
    private List<Block> bodyBlocks;
    private String headline;
    private String standfirst;

    DocxConverter(XWPFDocument document, DocxPictures pictures, ImportedFigures figures) {
        this.document = document;
        this.lists = new DocxLists(document);
        this.pictures = pictures;
        this.figures = figures;
    }

    Result convert() throws IOException {
        PackagePart main = document.getPackagePart();
        Optional<PackagePart> stylesPart = DocxXml.related(main, "styles");
        if (stylesPart.isPresent()) {
            styles = new DocxStyles(DocxXml.parse(stylesPart.get()));
        }
        language = new DocxLanguage(styles);
        readNotes(main, "footnotes", "footnote", "f");
        readNotes(main, "endnotes", "endnote", "e");
        Element root = DocxXml.parse(main).getDocumentElement();
        Element body = DocxXml.child(root, "body");
        List<Block> blocks = new ArrayList<>();
        bodyBlocks = blocks;
        if (body != null) {
            blocks(body, blocks, new Story(main, true));
        }
        blocks.addAll(noteSection());
        DocxCommentMarks.Placed placed = commentMarks.place(new Document(blocks));
        return new Result(clean(headline), clean(standfirst), placed.body(), language.language(),
                comments(main, placed.anchors()));
    }

    // ---- blocks ------------------------------------------------------------------------------------------------

    private void blocks(Element container, List<Block> out, Story story) {
        for (Element el : DocxXml.children(container)) {
            if (DocxXml.isW(el, "p")) {
                paragraph(el, out, story);
            } else if (DocxXml.isW(el, "tbl")) {
                table(el, out, story);
            } else if (DocxXml.isW(el, "sdt")) {
                Element content = DocxXml.child(el, "sdtContent");
                if (content != null) {
                    blocks(content, out, story);
                }
            } else if (DocxXml.isW(el, "customXml") || DocxXml.isW(el, "ins") || DocxXml.isW(el, "moveTo")
                    || DocxXml.isW(el, "smartTag")) {
                blocks(el, out, story);
            } else if (isAlternateContent(el)) {
                choice(el).ifPresent(c -> blocks(c, out, story));
            }
            // w:del, w:moveFrom: deleted; w:sectPr, bookmarks, w:altChunk: no words of the document's own
        }
    }

    private void paragraph(Element p, List<Block> out, Story story) {
        Element pPr = DocxXml.child(p, "pPr");
        String styleId = DocxXml.val(DocxXml.child(pPr, "pStyle"));
        Collected collected = new Collected();
        inline(p, collected, null, story, styleId);
        List<TextRun> text = TextRuns.trim(collected.runs);
        boolean nothingYet = out == bodyBlocks && out.isEmpty();
        boolean caption = styles.isCaption(styleId) || collected.numberedCaption;
        // LibreOffice puts a captioned picture and its caption in one paragraph; Word puts the caption under it
        if (!(caption && (captions(collected.after, firstPicture(collected.after), text)
                || captions(out, out.size() - 1, text)))) {
            textBlock(pPr, styleId, text, out, nothingYet);
        }
        out.addAll(collected.after);
    }

    private void textBlock(Element pPr, String styleId, List<TextRun> text, List<Block> out, boolean nothingYet) {
        Integer ownOutline = DocxStyles.number(DocxXml.val(DocxXml.child(pPr, "outlineLvl")));
        int heading = styles.headingLevel(styleId, ownOutline);
        if (heading == 1 && headline == null && nothingYet && !text.isEmpty()) {
            headline = TextRuns.text(text);
            return;
        }
        if (styles.isSubtitle(styleId) && headline != null && standfirst == null && nothingYet && !text.isEmpty()) {
            standfirst = TextRuns.text(text);
            return;
        }
        Direction direction = styles.rightToLeft(pPr, styleId) ? Direction.RTL : Direction.AUTO;
        if (text.isEmpty()) {
            return;
        }
        if (heading > 0) {
            out.add(new Block(BlockType.HEADING, Math.max(Block.MIN_HEADING, Math.min(Block.MAX_HEADING, heading)),
                    direction, text, null));
            return;
        }
        Element numPr = DocxXml.child(pPr, "numPr");
        Optional<DocxLists.ListLevel> item = lists.of(DocxXml.val(DocxXml.child(numPr, "numId")),
                DocxXml.val(DocxXml.child(numPr, "ilvl")), styleId);
        if (item.isPresent()) {
            out.add(new Block(item.get().type(), item.get().depth(), direction, text, null));
        } else {
            out.add(new Block(BlockType.PARAGRAPH, 0, direction, text, null));
        }
    }

    private static int firstPicture(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).type() == BlockType.IMAGE) {
                return i;
            }
        }
        return -1;
    }

    /** A caption paragraph becomes the caption of the picture at {@code index} when that picture has none yet. */
    private static boolean captions(List<Block> blocks, int index, List<TextRun> text) {
        if (text.isEmpty() || index < 0 || index >= blocks.size() || blocks.get(index).type() != BlockType.IMAGE) {
            return false;
        }
        ImageRef image = blocks.get(index).image();
        if (!image.caption().isBlank()) {
            return false;
        }
        blocks.set(index, Block.image(new ImageRef(image.assetId(), TextRuns.text(text), image.credit(),
                image.altText(), image.link())));
        return true;
    }

    private void table(Element tbl, List<Block> out, Story story) {
        List<List<TableCell>> rows = new ArrayList<>();
        List<Block> after = new ArrayList<>();
        boolean headerRow = false;
        for (Element tr : rows(tbl)) {
            Element trPr = DocxXml.child(tr, "trPr");
            if (DocxXml.child(trPr, "del") != null) {
                continue; // a deleted row
            }
            if (rows.isEmpty()) {
                headerRow = DocxXml.on(trPr, "tblHeader");
            }
            List<TableCell> cells = new ArrayList<>();
            for (Element tc : cells(tr)) {
                Element tcPr = DocxXml.child(tc, "tcPr");
                Element vMerge = DocxXml.child(tcPr, "vMerge");
                boolean continued = vMerge != null && !"restart".equals(DocxXml.val(vMerge));
                cells.add(continued ? TableCell.EMPTY : cell(tc, after, story));
                Integer span = DocxStyles.number(DocxXml.val(DocxXml.child(tcPr, "gridSpan")));
                for (int i = 1; span != null && i < Math.min(span, Table.MAX_COLUMNS); i++) {
                    cells.add(TableCell.EMPTY);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        Element tblPr = DocxXml.child(tbl, "tblPr");
        headerRow = rows.size() > 1 && (headerRow || firstRowLook(DocxXml.child(tblPr, "tblLook")));
        Table table = new Table(rows, headerRow);
        if (!rows.isEmpty() && !table.isBlank()) {
            Direction direction = DocxXml.on(tblPr, "bidiVisual") ? Direction.RTL : Direction.AUTO;
            out.add(new Block(BlockType.TABLE, 0, direction, List.of(), null, table));
        }
        out.addAll(after);
    }

    /** Word's "Header Row" option of the table's design ({@code w:tblLook}, on for new tables). */
    private static boolean firstRowLook(Element look) {
        if (look == null) {
            return false;
        }
        String firstRow = DocxXml.attr(look, "firstRow");
        if (firstRow != null) {
            return firstRow.equals("1") || firstRow.equalsIgnoreCase("true") || firstRow.equalsIgnoreCase("on");
        }
        String val = DocxXml.val(look);
        try {
            return val != null && (Integer.parseInt(val, 16) & 0x0020) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The words of a cell on one line; its pictures and text boxes go after the table. */
    private TableCell cell(Element tc, List<Block> after, Story story) {
        List<Block> inside = new ArrayList<>();
        blocks(tc, inside, story);
        List<TextRun> runs = new ArrayList<>();
        for (Block block : inside) {
            if (block.type() == BlockType.IMAGE) {
                after.add(block);
                continue;
            }
            if (!runs.isEmpty()) {
                runs.add(TextRun.plain(" "));
            }
            if (block.type() == BlockType.TABLE) {
                runs.add(TextRun.plain(block.text().replaceAll("\\s+", " "))); // a table in a cell: its words
            } else {
                runs.addAll(block.runs());
            }
        }
        return new TableCell(TextRuns.trim(runs));
    }

    private static List<Element> rows(Element tbl) {
        List<Element> out = new ArrayList<>();
        for (Element el : DocxXml.children(tbl)) {
            if (DocxXml.isW(el, "tr")) {
                out.add(el);
            } else if (DocxXml.isW(el, "sdt") || DocxXml.isW(el, "customXml")) {
                Element content = DocxXml.isW(el, "sdt") ? DocxXml.child(el, "sdtContent") : el;
                if (content != null) {
                    out.addAll(rows(content));
                }
            }
        }
        return out;
    }

    private static List<Element> cells(Element tr) {
        List<Element> out = new ArrayList<>();
        for (Element el : DocxXml.children(tr)) {
            if (DocxXml.isW(el, "tc")) {
                out.add(el);
            } else if (DocxXml.isW(el, "sdt") || DocxXml.isW(el, "customXml")) {
                Element content = DocxXml.isW(el, "sdt") ? DocxXml.child(el, "sdtContent") : el;
                if (content != null) {
                    out.addAll(cells(content));
                }
            }
        }
        return out;
    }

    // ---- inline text -------------------------------------------------------------------------------------------

    private void inline(Element parent, Collected out, String link, Story story, String paragraphStyle) {
        for (Element el : DocxXml.children(parent)) {
            if (DocxXml.isW(el, "r")) {
                run(el, out, link, story, paragraphStyle);
            } else if (DocxXml.isW(el, "hyperlink")) {
                inline(el, out, hyperlink(el, story).orElse(link), story, paragraphStyle);
            } else if (DocxXml.isW(el, "fldSimple")) {
                out.numberedCaption |= isSequence(DocxXml.attr(el, "instr"));
                inline(el, out, fieldLink(DocxXml.attr(el, "instr")).orElse(link), story, paragraphStyle);
            } else if (DocxXml.isW(el, "sdt")) {
                Element content = DocxXml.child(el, "sdtContent");
                if (content != null) {
                    inline(content, out, link, story, paragraphStyle);
                }
            } else if (DocxXml.isW(el, "ins") || DocxXml.isW(el, "moveTo") || DocxXml.isW(el, "smartTag")
                    || DocxXml.isW(el, "customXml") || DocxXml.isW(el, "dir") || DocxXml.isW(el, "bdo")) {
                inline(el, out, link, story, paragraphStyle);
            } else if (DocxXml.isW(el, "commentRangeStart") || DocxXml.isW(el, "commentRangeEnd")) {
                String id = DocxXml.attr(el, "id");
                if (id != null) {
                    out.runs.add(TextRun.plain(commentMarks.mark(id, DocxXml.isW(el, "commentRangeStart"))));
                }
            } else if (isAlternateContent(el)) {
                choice(el).ifPresent(c -> inline(c, out, link, story, paragraphStyle));
            } else if (MATH.equals(el.getNamespaceURI())) {
                math(el, out);
            }
            // w:del and w:moveFrom are deleted text; w:pPr, bookmarks, proofing marks carry no words
        }
    }

    private void run(Element r, Collected out, String link, Story story, String paragraphStyle) {
        Element rPr = DocxXml.child(r, "rPr");
        if (DocxXml.on(rPr, "vanish") || DocxXml.on(rPr, "webHidden")) {
            return; // hidden text: Word does not show it
        }
        Set<Mark> marks = marks(rPr);
        for (Element el : DocxXml.children(r)) {
            if (DocxXml.isW(el, "t")) {
                if (!inFieldCode()) {
                    String text = el.getTextContent().replaceAll("[\\t\\r\\n\\u000B\\f]+", " ");
                    out.runs.add(new TextRun(text, marks, link != null ? link : resultLink()));
                    language.count(text, rPr, styles.runProperties(paragraphStyle));
                }
            } else if (DocxXml.isW(el, "instrText")) {
                if (!fields.isEmpty() && !fields.peek().showingResult) {
                    fields.peek().code.append(el.getTextContent());
                }
            } else if (DocxXml.isW(el, "fldChar")) {
                String type = DocxXml.attr(el, "fldCharType");
                if ("separate".equals(type) && !fields.isEmpty()) {
                    out.numberedCaption |= isSequence(fields.peek().code.toString());
                }
                field(type);
            } else if (DocxXml.isW(el, "tab") || DocxXml.isW(el, "ptab") || DocxXml.isW(el, "br")
                    || DocxXml.isW(el, "cr")) {
                if (!inFieldCode()) {
                    out.runs.add(new TextRun(" ", marks, link));
                }
            } else if (DocxXml.isW(el, "noBreakHyphen")) {
                out.runs.add(new TextRun("-", marks, link));
            } else if (DocxXml.isW(el, "footnoteReference") || DocxXml.isW(el, "endnoteReference")) {
                noteReference((DocxXml.isW(el, "footnoteReference") ? "f" : "e") + DocxXml.attr(el, "id"))
                        .ifPresent(out.runs::add);
            } else if (DocxXml.isW(el, "drawing") || DocxXml.isW(el, "pict")) {
                drawing(el, out, story);
            } else if (isAlternateContent(el)) {
                choice(el).ifPresent(c -> {
                    for (Element inner : DocxXml.children(c)) {
                        if (DocxXml.isW(inner, "drawing") || DocxXml.isW(inner, "pict")) {
                            drawing(inner, out, story);
                        }
                    }
                });
            } else if (DocxXml.isW(el, "ruby")) {
                Element base = DocxXml.child(el, "rubyBase");
                if (base != null) {
                    inline(base, out, link, story, paragraphStyle);
                }
            }
            // w:delText (deleted), w:sym (a symbol font's picture), w:object, w:softHyphen: no words to keep
        }
    }

    private Set<Mark> marks(Element rPr) {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        String charStyle = DocxXml.val(DocxXml.child(rPr, "rStyle"));
        if (DocxXml.on(rPr, "b") || !DocxXml.explicitlyOff(rPr, "b") && styles.characterStyle(charStyle, "b")) {
            marks.add(Mark.BOLD);
        }
        if (DocxXml.on(rPr, "i") || !DocxXml.explicitlyOff(rPr, "i") && styles.characterStyle(charStyle, "i")) {
            marks.add(Mark.ITALIC);
        }
        Element u = DocxXml.child(rPr, "u");
        if (u != null && !"none".equals(DocxXml.val(u))) {
            marks.add(Mark.UNDERLINE);
        }
        if (DocxXml.on(rPr, "strike") || DocxXml.on(rPr, "dstrike")) {
            marks.add(Mark.STRIKETHROUGH);
        }
        String position = DocxXml.val(DocxXml.child(rPr, "vertAlign"));
        if ("superscript".equals(position)) {
            marks.add(Mark.SUPERSCRIPT);
        } else if ("subscript".equals(position)) {
            marks.add(Mark.SUBSCRIPT);
        }
        return marks;
    }

    /** Math: its letters and digits as plain text, so the words are not lost. */
    private static void math(Element el, Collected out) {
        StringBuilder text = new StringBuilder();
        for (Node n : descendants(el)) {
            if (n instanceof Element e && MATH.equals(e.getNamespaceURI()) && "t".equals(e.getLocalName())) {
                text.append(e.getTextContent());
            }
        }
        if (!text.isEmpty()) {
            out.runs.add(TextRun.plain(text.toString()));
        }
    }

    // ---- fields ------------------------------------------------------------------------------------------------

    private void field(String type) {
        if ("begin".equals(type)) {
            fields.push(new Field());
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            fields.peek().showingResult = true;
        } else if ("end".equals(type) && !fields.isEmpty()) {
            fields.pop();
        }
    }

    /** True between a field's begin and its separator: its code, which Word does not show. */
    private boolean inFieldCode() {
        for (Field f : fields) {
            if (!f.showingResult) {
                return true;
            }
        }
        return false;
    }

    /** The address of the innermost HYPERLINK field whose result is being read, or null. */
    private String resultLink() {
        for (Field f : fields) {
            Optional<String> link = fieldLink(f.code.toString());
            if (link.isPresent()) {
                return link.get();
            }
        }
        return null;
    }

    private static boolean isSequence(String instruction) {
        return instruction != null && instruction.strip().regionMatches(true, 0, "SEQ ", 0, 4);
    }

    private static Optional<String> fieldLink(String instruction) {
        if (instruction == null) {
            return Optional.empty();
        }
        Matcher m = HYPERLINK.matcher(instruction);
        if (!m.matches() || m.group(3).matches("(?s).*\\\\l\\b.*") && m.group(1) == null && m.group(2) == null) {
            return Optional.empty();
        }
        String target = m.group(1) != null ? m.group(1) : m.group(2);
        return LinkPolicy.safe(target);
    }

    private Optional<String> hyperlink(Element hyperlink, Story story) {
        String id = hyperlink.getAttributeNS(DocxXml.R, "id");
        if (id.isEmpty()) {
            return Optional.empty(); // w:anchor: a place inside the document
        }
        try {
            PackageRelationship rel = story.part().getRelationship(id);
            return rel == null || rel.getTargetURI() == null ? Optional.empty()
                    : LinkPolicy.safe(rel.getTargetURI().toString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    // ---- drawings: pictures and text boxes ---------------------------------------------------------------------

    private void drawing(Element drawing, Collected out, Story story) {
        for (Element box : DocxXml.outermost(drawing, "txbxContent")) {
            List<Block> inside = new ArrayList<>();
            blocks(box, inside, story);
            out.after.addAll(inside);
        }
        if (!story.main()) {
            return; // a note's or comment's pictures live in its own part; only words come from there
        }
        String description = null;
        for (Node n : descendants(drawing)) {
            if (n instanceof Element e && WP.equals(e.getNamespaceURI()) && "docPr".equals(e.getLocalName())) {
                description = e.getAttribute("descr");
                break;
            }
        }
        for (Node n : descendants(drawing)) {
            if (n instanceof Element e && DRAWING.equals(e.getNamespaceURI()) && "blip".equals(e.getLocalName())
                    && !insideTextBox(e, drawing)) {
                String rId = e.getAttributeNS(DocxXml.R, "embed");
                if (!rId.isEmpty()) {
                    pictures.of(document.getPictureDataByID(rId), description).ifPresent(picture ->
                            out.after.add(Block.image(figures.figure(picture.image(), "", picture.altText(), null))));
                }
            }
        }
    }

    private static boolean insideTextBox(Element e, Element stop) {
        for (Node n = e.getParentNode(); n != null && n != stop; n = n.getParentNode()) {
            if (DocxXml.isW(n, "txbxContent")) {
                return true;
            }
        }
        return false;
    }

    private static List<Node> descendants(Element root) {
        List<Node> out = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            out.add(n);
            for (Node c = n.getLastChild(); c != null; c = c.getPreviousSibling()) {
                stack.push(c);
            }
        }
        return out;
    }

    private static boolean isAlternateContent(Element el) {
        return DocxXml.MC.equals(el.getNamespaceURI()) && "AlternateContent".equals(el.getLocalName());
    }

    /** The first mc:Choice (what current Word shows); its mc:Fallback repeats the same words for old readers. */
    private static Optional<Element> choice(Element alternate) {
        Element fallback = null;
        for (Element el : DocxXml.children(alternate)) {
            if (DocxXml.MC.equals(el.getNamespaceURI()) && "Choice".equals(el.getLocalName())) {
                return Optional.of(el);
            }
            if (DocxXml.MC.equals(el.getNamespaceURI()) && "Fallback".equals(el.getLocalName())) {
                fallback = el;
            }
        }
        return Optional.ofNullable(fallback);
    }

    // ---- notes -------------------------------------------------------------------------------------------------

    private void readNotes(PackagePart main, String partType, String element, String prefix) throws IOException {
        Optional<PackagePart> part = DocxXml.related(main, partType);
        if (part.isEmpty()) {
            return;
        }
        notesPart = part.get();
        for (Element note : DocxXml.children(DocxXml.parse(part.get()).getDocumentElement())) {
            String type = DocxXml.attr(note, "type");
            if (DocxXml.isW(note, element) && (type == null || !NOTE_SEPARATORS.contains(type))) {
                notes.put(prefix + DocxXml.attr(note, "id"), note);
            }
        }
    }

    /** The reference to a note, numbered in the order the text refers to them. */
    private Optional<TextRun> noteReference(String key) {
        if (!notes.containsKey(key)) {
            return Optional.empty();
        }
        int number = noteNumbers.computeIfAbsent(key, k -> noteNumbers.size() + 1);
        return Optional.of(Notes.reference(number));
    }

    /** The notes the text refers to, then any it does not (their words are kept all the same). */
    private List<Block> noteSection() {
        notes.keySet().forEach(key -> noteNumbers.computeIfAbsent(key, k -> noteNumbers.size() + 1));
        List<List<TextRun>> texts = new ArrayList<>();
        for (String key : noteNumbers.keySet()) {
            List<Block> inside = new ArrayList<>();
            fields.clear();
            blocks(notes.get(key), inside, new Story(notesPart, false));
            List<TextRun> runs = new ArrayList<>();
            for (Block block : inside) {
                if (block.type() == BlockType.IMAGE) {
                    continue;
                }
                if (!runs.isEmpty()) {
                    runs.add(TextRun.plain(" "));
                }
                runs.addAll(block.type() == BlockType.TABLE ? List.of(TextRun.plain(block.text().replaceAll("\\s+", " ")))
                        : block.runs());
            }
            texts.add(TextRuns.trim(runs));
        }
        return Notes.section(language.language().orElse(null), texts, Direction.AUTO);
    }

    // ---- comments ----------------------------------------------------------------------------------------------

    private List<ImportedComment> comments(PackagePart main, Map<String, Anchor> anchors) throws IOException {
        Optional<PackagePart> part = DocxXml.related(main, "comments");
        if (part.isEmpty()) {
            return List.of();
        }
        List<ImportedComment> out = new ArrayList<>();
        for (Element comment : DocxXml.children(DocxXml.parse(part.get()).getDocumentElement())) {
            if (!DocxXml.isW(comment, "comment")) {
                continue;
            }
            List<Block> inside = new ArrayList<>();
            fields.clear();
            blocks(comment, inside, new Story(part.get(), false));
            String text = String.join("\n", inside.stream().map(Block::text).filter(t -> !t.isBlank()).toList());
            text = DocxCommentMarks.strip(text).strip();
            if (text.isEmpty()) {
                continue;
            }
            out.add(new ImportedComment(DocxXml.attr(comment, "author"), date(DocxXml.attr(comment, "date")), text,
                    anchors.getOrDefault(DocxXml.attr(comment, "id"), Anchor.GENERAL)));
        }
        return out;
    }

    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$") ? value : value + "Z");
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String clean(String text) {
        return text == null ? null : DocxCommentMarks.strip(text).strip();
    }
}
