package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.TextRun;

/**
 * A Word document's body to an article body. The first "Heading 1" (or "Title") paragraph, before any text,
 * becomes the headline and a "Subtitle" right after it the standfirst; headings 2–4 stay headings (later
 * level-1 headings become level 2, deeper ones level 4); list paragraphs keep their kind and depth.
 * Table cells come through as paragraphs so no words are lost. Embedded photos become image blocks after their
 * paragraph's words, a "Caption" paragraph under one becoming its caption.
 */
final class DocxConverter {
    // Built-in style names are English in styles.xml whatever the language of Word; ids are localised.
    private static final Pattern HEADING = Pattern.compile("heading\\s*([1-9])");

    record Result(String headline, String standfirst, Document body) {
    }

    private final XWPFDocument document;
    private final DocxRuns runs;
    private final DocxLists lists;
    private final DocxPictures pictures;
    private final ImportedFigures figures;
    private final List<Block> blocks = new ArrayList<>();
    private String headline;
    private String standfirst;

    DocxConverter(XWPFDocument document, DocxPictures pictures, ImportedFigures figures) {
        this.document = document;
        this.runs = new DocxRuns(document);
        this.lists = new DocxLists(document);
        this.pictures = pictures;
        this.figures = figures;
    }

    Result convert() {
        for (IBodyElement element : document.getBodyElements()) {
            element(element);
        }
        return new Result(headline, standfirst, new Document(blocks));
    }

    private void element(IBodyElement element) {
        if (element instanceof XWPFParagraph paragraph) {
            paragraph(paragraph);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(this::element);
                }
            }
        } else if (element instanceof XWPFSDT control) {
            for (String line : control.getContent().getText().split("\\R")) {
                add(BlockType.PARAGRAPH, 0, Direction.AUTO, TextRuns.trim(List.of(TextRun.plain(line))));
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        List<TextRun> text = runs.of(paragraph);
        String style = styleName(paragraph);
        if (style.equals("caption") && captionsThePictureBefore(text)) {
            return;
        }
        textOf(paragraph, text, style);
        for (DocxPictures.Picture picture : pictures.of(paragraph)) {
            blocks.add(Block.image(figures.figure(picture.image(), "", picture.altText(), null)));
        }
    }

    /** Word's "Caption" paragraph right under a picture becomes that picture's caption. */
    private boolean captionsThePictureBefore(List<TextRun> text) {
        if (text.isEmpty() || blocks.isEmpty() || blocks.get(blocks.size() - 1).type() != BlockType.IMAGE) {
            return false;
        }
        Block last = blocks.get(blocks.size() - 1);
        ImageRef image = last.image();
        if (!image.caption().isBlank()) {
            return false;
        }
        blocks.set(blocks.size() - 1, Block.image(new ImageRef(image.assetId(), TextRuns.text(text), image.credit(),
                image.altText(), image.link())));
        return true;
    }

    private void textOf(XWPFParagraph paragraph, List<TextRun> text, String style) {
        int heading = headingLevel(style);
        boolean nothingYet = blocks.isEmpty();
        if (heading == 1 && headline == null && nothingYet && !text.isEmpty()) {
            headline = TextRuns.text(text);
            return;
        }
        if (style.equals("subtitle") && headline != null && standfirst == null && nothingYet && !text.isEmpty()) {
            standfirst = TextRuns.text(text);
            return;
        }
        Direction direction = rightToLeft(paragraph) ? Direction.RTL : Direction.AUTO;
        if (heading > 0) {
            int level = Math.max(Block.MIN_HEADING, Math.min(Block.MAX_HEADING, heading));
            add(BlockType.HEADING, level, direction, text);
            return;
        }
        Optional<DocxLists.ListLevel> item = lists.of(paragraph);
        if (item.isPresent()) {
            add(item.get().type(), item.get().depth(), direction, text);
        } else {
            add(BlockType.PARAGRAPH, 0, direction, text);
        }
    }

    private void add(BlockType type, int level, Direction direction, List<TextRun> text) {
        if (!text.isEmpty()) {
            blocks.add(new Block(type, level, direction, text, null));
        }
    }

    /** "heading 1", "title", "subtitle", "normal"…: the style's name, else its id, lower-case; "" for none. */
    private String styleName(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return "";
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = style != null && style.getName() != null ? style.getName() : id;
        return name.toLowerCase(Locale.ROOT).strip();
    }

    /** 1–9 for heading styles, 1 for the title, 0 for everything else. */
    private static int headingLevel(String style) {
        if (style.equals("title")) {
            return 1;
        }
        Matcher m = HEADING.matcher(style);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static boolean rightToLeft(XWPFParagraph paragraph) {
        var properties = paragraph.getCTP().getPPr();
        if (properties == null || properties.getBidi() == null) {
            return false;
        }
        Object value = properties.getBidi().getVal();
        // an empty <w:bidi/> means on; otherwise "1", "true" or "on"
        return value == null || Boolean.TRUE.equals(value) || "1".equals(value.toString())
                || "true".equalsIgnoreCase(value.toString()) || "on".equalsIgnoreCase(value.toString());
    }
}
