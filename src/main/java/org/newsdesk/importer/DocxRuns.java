package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.newsdesk.model.Mark;
import org.newsdesk.model.TextRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * The text of a Word paragraph as styled runs: bold, italic, underline, strike, super/subscript and
 * external hyperlinks. Only direct formatting is read; pictures in runs are skipped.
 */
final class DocxRuns {
    private final XWPFDocument document;

    DocxRuns(XWPFDocument document) {
        this.document = document;
    }

    List<TextRun> of(XWPFParagraph paragraph) {
        List<TextRun> runs = new ArrayList<>();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                String text = plain(run.text());
                if (!text.isEmpty()) {
                    runs.add(new TextRun(text, marks(run), link(run)));
                }
            } else if (element instanceof XWPFSDT control) {
                runs.add(TextRun.plain(plain(control.getContent().getText())));
            }
        }
        return TextRuns.trim(runs);
    }

    /** Tabs and line breaks become spaces: a block is one line of flowing text. */
    private static String plain(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n\\u000B\\f]+", " ");
    }

    private static Set<Mark> marks(XWPFRun run) {
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        if (run.isBold()) {
            marks.add(Mark.BOLD);
        }
        if (run.isItalic()) {
            marks.add(Mark.ITALIC);
        }
        if (run.getUnderline() != null && run.getUnderline() != UnderlinePatterns.NONE) {
            marks.add(Mark.UNDERLINE);
        }
        if (run.isStrikeThrough() || run.isDoubleStrikeThrough()) {
            marks.add(Mark.STRIKETHROUGH);
        }
        STVerticalAlignRun.Enum position = run.getVerticalAlignment();
        if (position == STVerticalAlignRun.SUPERSCRIPT) {
            marks.add(Mark.SUPERSCRIPT);
        } else if (position == STVerticalAlignRun.SUBSCRIPT) {
            marks.add(Mark.SUBSCRIPT);
        }
        return marks;
    }

    /** The external address of a hyperlink run; null for plain runs and links to places inside the document. */
    private String link(XWPFRun run) {
        if (!(run instanceof XWPFHyperlinkRun hyperlinkRun)) {
            return null;
        }
        XWPFHyperlink hyperlink = hyperlinkRun.getHyperlink(document);
        return hyperlink == null || hyperlink.getURL() == null || hyperlink.getURL().isBlank()
                ? null : hyperlink.getURL().strip();
    }
}
