package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Document;
import org.newsdesk.model.ImageRef;
import org.newsdesk.model.Table;
import org.newsdesk.model.TableCell;
import org.newsdesk.model.TextRun;

/**
 * Finds where Word's comments sit in the imported body. While the body is read, the start and end of each comment's
 * range go into the text as two-character marks (a Unicode noncharacter, which no document holds, and the comment's
 * number); once the body is whole, each mark's place in its plain text is the anchor, and the marks are taken out.
 * This way an anchor is right wherever the words went: paragraphs, table cells, notes.
 */
final class DocxCommentMarks {
    private static final char START = '\uFDD0';
    private static final char END = '\uFDD1';
    private static final int MAX = 6000;

    private final Map<String, Integer> numbers = new HashMap<>();

    /** The mark for the start (or end) of comment {@code id}'s range, or "" past the limit. */
    String mark(String id, boolean start) {
        Integer n = numbers.computeIfAbsent(id, k -> numbers.size());
        return n >= MAX ? "" : String.valueOf(start ? START : END) + (char) (0xE000 + n);
    }

    /** The body without marks, and the anchor of each comment id (GENERAL when its range was not found whole). */
    record Placed(Document body, Map<String, Anchor> anchors) {
    }

    Placed place(Document marked) {
        List<Block> kept = new ArrayList<>();
        for (Block block : marked.blocks()) {
            Block clean = strip(block);
            if (clean.type() == BlockType.IMAGE || clean.type() == BlockType.TABLE || !clean.text().isBlank()) {
                kept.add(block); // a block of nothing but marks would vanish and shift every offset after it
            }
        }
        String text = new Document(kept).plainText();
        Map<Integer, Integer> starts = new HashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == START || c == END) && i + 1 < text.length()) {
                int n = text.charAt(i + 1) - 0xE000;
                (c == START ? starts : ends).put(n, i - removed);
                removed += 2;
                i++;
            }
        }
        String clean = strip(text);
        Map<String, Anchor> anchors = new HashMap<>();
        numbers.forEach((id, n) -> {
            Integer s = starts.get(n);
            Integer e = ends.get(n);
            anchors.put(id, s != null && e != null && e > s ? new Anchor(s, e).trimmedIn(clean) : Anchor.GENERAL);
        });
        return new Placed(new Document(kept.stream().map(DocxCommentMarks::strip).toList()), anchors);
    }

    static String strip(String text) {
        if (text.indexOf(START) < 0 && text.indexOf(END) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == START || c == END) {
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static List<TextRun> strip(List<TextRun> runs) {
        return runs.stream().map(r -> r.withText(strip(r.text()))).toList();
    }

    private static Block strip(Block block) {
        if (block.type() == BlockType.IMAGE) {
            ImageRef i = block.image();
            return Block.image(new ImageRef(i.assetId(), strip(i.caption()), i.credit(), i.altText(), i.link()))
                    .withDirection(block.direction());
        }
        Block out = block.withRuns(strip(block.runs()));
        if (block.type() == BlockType.TABLE) {
            List<List<TableCell>> rows = block.table().rows().stream()
                    .map(row -> row.stream().map(cell -> new TableCell(strip(cell.runs()))).toList()).toList();
            out = out.withTable(new Table(rows, block.table().headerRow()));
        }
        return out;
    }
}
