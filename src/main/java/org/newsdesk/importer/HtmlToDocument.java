package org.newsdesk.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsdesk.model.Block;
import org.newsdesk.model.BlockType;
import org.newsdesk.model.Direction;
import org.newsdesk.model.Document;
import org.newsdesk.model.Mark;
import org.newsdesk.model.Table;
import org.newsdesk.model.TableCell;
import org.newsdesk.model.TextRun;

/**
 * HTML from anywhere (Word, Google Docs, web pages, hostile pages) to clean body blocks.
 *
 * <p>It keeps structure and meaning: paragraphs, headings, nested lists (Word's {@code mso-list} paragraphs
 * too), quotes, data tables (rows of cells of inline text, a header row from thead or th; layout tables give their
 * words as blocks), bold, italic, underline, strikethrough, superscript, subscript, and links whose target is http,
 * https or mailto. Everything else is dropped: scripts, styles, event handlers, classes, fonts, colours,
 * {@code javascript:} and {@code data:} links, Word's conditional comments and {@code <o:p>} markup. It works from an
 * allow-list, so markup it does not know adds its text and nothing else.
 */
public final class HtmlToDocument {

    private static final Set<String> DROPPED = Set.of("script", "style", "head", "title", "meta", "link", "noscript",
            "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "video",
            "audio", "button", "input", "select", "textarea", "form", "xml", "img", "picture", "map");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "aside", "nav", "figure", "figcaption", "address", "center", "td", "th", "dd", "dt", "pre", "caption",
            "details", "summary");
    private static final Pattern WORD_LIST_LEVEL = Pattern.compile("mso-list:l\\d+level(\\d+)");
    private static final Pattern NUMBERED_MARKER = Pattern.compile("^\\s*\\(?([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

    /** The body blocks the HTML holds; an empty document when it holds no text. */
    public Document convert(String html) {
        if (html == null || html.isBlank()) {
            return Document.EMPTY;
        }
        org.jsoup.nodes.Document dom = Jsoup.parse(html);
        Walker walker = new Walker();
        walker.children(dom.body(), Context.PARAGRAPH, Inline.NONE);
        walker.flush();
        return new Document(walker.blocks);
    }

    /** The block the text being read belongs to. */
    private record Context(BlockType type, int level, Direction direction) {
        static final Context PARAGRAPH = new Context(BlockType.PARAGRAPH, 0, Direction.AUTO);

        Context withDirection(Direction d) {
            return d == null ? this : new Context(type, level, d);
        }
    }

    /** Marks and link in force at a point of the tree. */
    private record Inline(Set<Mark> marks, String link) {
        static final Inline NONE = new Inline(Set.of(), null);

        Inline with(Set<Mark> add, Set<Mark> remove, String newLink) {
            EnumSet<Mark> next = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
            next.removeAll(remove);
            next.addAll(add);
            if (next.contains(Mark.SUPERSCRIPT) && add.contains(Mark.SUBSCRIPT)) {
                next.remove(Mark.SUPERSCRIPT);
            } else if (next.contains(Mark.SUBSCRIPT) && add.contains(Mark.SUPERSCRIPT)) {
                next.remove(Mark.SUBSCRIPT);
            }
            return new Inline(next, newLink == null ? link : newLink);
        }
    }

    private static final class Walker {
        final List<Block> blocks = new ArrayList<>();
        private final List<TextRun> runs = new ArrayList<>();
        private Context current = Context.PARAGRAPH;
        private final Deque<BlockType> lists = new ArrayDeque<>();

        void children(Element parent, Context context, Inline inline) {
            boolean skippingWordListMarker = false;
            for (Node child : parent.childNodes()) {
                if (child instanceof Comment comment) {
                    // Word: <![if !supportLists]>1.<![endif]> holds the typed list marker; the list type says it all.
                    String data = comment.getData().trim().toLowerCase(Locale.ROOT);
                    if (data.startsWith("[if !supportlists]")) {
                        skippingWordListMarker = true;
                    } else if (data.startsWith("[endif]")) {
                        skippingWordListMarker = false;
                    }
                    continue;
                }
                if (!skippingWordListMarker) {
                    node(child, context, inline);
                }
            }
        }

        private void node(Node node, Context context, Inline inline) {
            if (node instanceof TextNode text) {
                text(text.getWholeText(), context, inline);
            } else if (node instanceof Element element) {
                element(element, context, inline);
            }
        }

        private void element(Element el, Context context, Inline inline) {
            String tag = el.normalName();
            String style = compact(el.attr("style"));
            if (DROPPED.contains(tag) || tag.startsWith("v:") || style.contains("mso-list:ignore")
                    || style.contains("display:none")) {
                return;
            }
            Context here = context.withDirection(direction(el, style));
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    int level = Math.max(Block.MIN_HEADING, Math.min(Block.MAX_HEADING, tag.charAt(1) - '0'));
                    block(el, new Context(BlockType.HEADING, level, here.direction()), inline);
                }
                case "blockquote" -> block(el, new Context(BlockType.QUOTE, 0, here.direction()), inline);
                case "ul", "ol" -> list(el, tag.equals("ol") ? BlockType.NUMBERED_ITEM : BlockType.BULLET_ITEM, here, inline);
                case "li" -> block(el, listItem(el, here), inline);
                case "br", "hr" -> flush();
                case "table" -> {
                    flush();
                    if (isLayoutTable(el)) {
                        children(el, here, inline);
                    } else {
                        table(el, here, inline);
                    }
                    flush();
                }
                case "thead", "tbody", "tfoot", "tr", "dl" -> {
                    flush();
                    children(el, here, inline);
                    flush();
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        block(el, wordListItem(el, style, here), inline);
                    } else {
                        children(el, here, inlineOf(el, tag, style, inline));
                    }
                }
            }
        }

        /** A data table: rows of cells of inline text, the first row a header when it is in thead or all th. */
        private void table(Element table, Context context, Inline inline) {
            List<List<TableCell>> rows = new ArrayList<>();
            boolean header = false;
            for (Element tr : rowsOf(table)) {
                List<TableCell> cells = new ArrayList<>();
                boolean allHeaders = true;
                for (Element cell : tr.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        allHeaders &= cell.normalName().equals("th");
                        cells.add(new TableCell(inlineRuns(cell, inline)));
                        int span = cell.attr("colspan").matches("\\d{1,2}") ? Integer.parseInt(cell.attr("colspan")) : 1;
                        for (int i = 1; i < span; i++) {
                            cells.add(TableCell.EMPTY);
                        }
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                if (rows.isEmpty()) {
                    header = tr.parent() != null && tr.parent().normalName().equals("thead") || allHeaders;
                }
                rows.add(cells);
            }
            Table grid = new Table(rows, header && rows.size() > 1);
            if (rows.isEmpty() || grid.isBlank()) {
                return;
            }
            Element caption = table.selectFirst("> caption");
            List<TextRun> captionRuns = caption == null ? List.of() : inlineRuns(caption, inline);
            blocks.add(new Block(BlockType.TABLE, 0, context.direction(), captionRuns, null, grid));
        }

        private static List<Element> rowsOf(Element table) {
            List<Element> rows = new ArrayList<>();
            for (Element child : table.children()) {
                switch (child.normalName()) {
                    case "tr" -> rows.add(child);
                    case "thead", "tbody", "tfoot" -> child.children().stream()
                            .filter(c -> c.normalName().equals("tr")).forEach(rows::add);
                    default -> { }
                }
            }
            return rows;
        }

        /** The words of a cell or caption on one line, whatever blocks they were in. */
        private static List<TextRun> inlineRuns(Element el, Inline inline) {
            Walker inner = new Walker();
            inner.children(el, Context.PARAGRAPH, inline);
            inner.flush();
            List<TextRun> runs = new ArrayList<>();
            for (Block block : inner.blocks) {
                if (!runs.isEmpty()) {
                    runs.add(TextRun.plain(" "));
                }
                runs.addAll(block.type() == BlockType.TABLE ? List.of(TextRun.plain(block.text().replaceAll("\\s+", " ")))
                        : block.runs());
            }
            return TextRuns.trim(runs);
        }

        /**
         * A table that lays out a page rather than holding data (old web pages, e-mail templates): cells with
         * headings, lists, quotes or tables of their own, or marked as presentation. Its words come as blocks.
         */
        private static boolean isLayoutTable(Element table) {
            return table.attr("role").equalsIgnoreCase("presentation")
                    || !table.select("td table, th table, td h1, td h2, td h3, td ul, td ol, td blockquote").isEmpty();
        }

        private void block(Element el, Context context, Inline inline) {
            flush();
            children(el, context, inline);
            flush();
        }

        private void list(Element el, BlockType type, Context context, Inline inline) {
            flush();
            lists.push(type);
            children(el, context, inline);
            lists.pop();
            flush();
        }

        /** A list item: its type from the nearest list, its depth from the nesting or Google Docs' aria-level. */
        private Context listItem(Element li, Context context) {
            BlockType type = lists.isEmpty() ? BlockType.BULLET_ITEM : lists.peek();
            int depth = Math.max(0, lists.size() - 1);
            String ariaLevel = li.attr("aria-level");
            if (ariaLevel.matches("\\d+")) {
                depth = Integer.parseInt(ariaLevel) - 1;
            }
            return new Context(type, Math.max(0, Math.min(Block.MAX_DEPTH, depth)), context.direction());
        }

        /** Word writes list items as paragraphs with "mso-list:l0 level2 lfo1" and a typed marker before the text. */
        private Context wordListItem(Element p, String style, Context context) {
            Matcher level = WORD_LIST_LEVEL.matcher(style);
            boolean wordList = level.find() || p.className().toLowerCase(Locale.ROOT).startsWith("msolistparagraph");
            if (!wordList || context.type() != BlockType.PARAGRAPH) {
                return context;
            }
            int depth = level.find(0) ? Integer.parseInt(level.group(1)) - 1 : 0;
            BlockType type = NUMBERED_MARKER.matcher(wordListMarker(p)).find() ? BlockType.NUMBERED_ITEM : BlockType.BULLET_ITEM;
            return new Context(type, Math.max(0, Math.min(Block.MAX_DEPTH, depth)), context.direction());
        }

        /** The marker text Word hides from modern readers, e.g. "1." or "·". */
        private static String wordListMarker(Element p) {
            StringBuilder marker = new StringBuilder();
            boolean inside = false;
            for (Node child : p.childNodes()) {
                if (child instanceof Comment c) {
                    String data = c.getData().trim().toLowerCase(Locale.ROOT);
                    inside = data.startsWith("[if !supportlists]") || inside && !data.startsWith("[endif]");
                } else if (inside) {
                    marker.append(child instanceof Element e ? e.text() : child.toString());
                } else if (child instanceof Element e && compact(e.attr("style")).contains("mso-list:ignore")) {
                    marker.append(e.text());
                }
            }
            Element ignored = p.selectFirst("[style*=mso-list:Ignore], [style*=mso-list: Ignore]");
            if (marker.isEmpty() && ignored != null) {
                marker.append(ignored.text());
            }
            return marker.toString();
        }

        private Inline inlineOf(Element el, String tag, String style, Inline inline) {
            EnumSet<Mark> add = EnumSet.noneOf(Mark.class);
            EnumSet<Mark> remove = EnumSet.noneOf(Mark.class);
            switch (tag) {
                case "b", "strong" -> add.add(Mark.BOLD);
                case "i", "em", "cite", "dfn", "var" -> add.add(Mark.ITALIC);
                case "u", "ins" -> add.add(Mark.UNDERLINE);
                case "s", "strike", "del" -> add.add(Mark.STRIKETHROUGH);
                case "sup" -> add.add(Mark.SUPERSCRIPT);
                case "sub" -> add.add(Mark.SUBSCRIPT);
                default -> { }
            }
            styleMarks(style, add, remove);
            add.removeAll(remove); // Google Docs wraps everything in <b style="font-weight:normal">
            String link = null;
            if (tag.equals("a")) {
                link = LinkPolicy.safe(el.attr("href")).orElse(null);
            }
            return inline.with(add, remove, link);
        }

        /** Reads the few CSS declarations that carry meaning: weight, style, decoration, vertical alignment. */
        private static void styleMarks(String style, Set<Mark> add, Set<Mark> remove) {
            for (String declaration : style.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String property = declaration.substring(0, colon);
                String value = declaration.substring(colon + 1);
                switch (property) {
                    case "font-weight" -> (value.matches("bold|bolder|[6-9]00") ? add : remove).add(Mark.BOLD);
                    case "font-style" -> (value.matches("italic|oblique") ? add : remove).add(Mark.ITALIC);
                    case "text-decoration", "text-decoration-line" -> {
                        if (value.contains("underline")) {
                            add.add(Mark.UNDERLINE);
                        }
                        if (value.contains("line-through")) {
                            add.add(Mark.STRIKETHROUGH);
                        }
                        if (value.startsWith("none")) {
                            remove.addAll(List.of(Mark.UNDERLINE, Mark.STRIKETHROUGH));
                        }
                    }
                    case "vertical-align" -> {
                        if (value.startsWith("super")) {
                            add.add(Mark.SUPERSCRIPT);
                        } else if (value.startsWith("sub")) {
                            add.add(Mark.SUBSCRIPT);
                        } else if (value.startsWith("baseline")) {
                            remove.addAll(List.of(Mark.SUPERSCRIPT, Mark.SUBSCRIPT));
                        }
                    }
                    default -> { }
                }
            }
        }

        private static Direction direction(Element el, String style) {
            String dir = el.attr("dir").toLowerCase(Locale.ROOT);
            if (dir.equals("rtl") || style.contains("direction:rtl")) {
                return Direction.RTL;
            }
            return null; // "ltr" is what most sources write everywhere; leave such blocks to follow their text
        }

        private void text(String raw, Context context, Inline inline) {
            String text = SPACES.matcher(raw).replaceAll(" ");
            if (text.isEmpty()) {
                return;
            }
            if (!context.equals(current)) {
                flush();
                current = context;
            }
            if (runs.isEmpty() || endsWithSpace(runs.get(runs.size() - 1).text())) {
                text = text.startsWith(" ") ? text.substring(1) : text;
            }
            if (!text.isEmpty()) {
                Set<Mark> marks = inline.marks();
                if (inline.link() != null && marks.contains(Mark.UNDERLINE)) {
                    marks = EnumSet.copyOf(marks); // links are underlined anyway; Google Docs spells it out
                    marks.remove(Mark.UNDERLINE);
                }
                runs.add(new TextRun(text, marks, inline.link()));
            }
        }

        void flush() {
            if (runs.isEmpty()) {
                return;
            }
            List<TextRun> trimmed = new ArrayList<>(runs);
            runs.clear();
            int last = trimmed.size() - 1;
            trimmed.set(last, trimmed.get(last).withText(stripEnd(trimmed.get(last).text())));
            trimmed.set(0, trimmed.get(0).withText(stripStart(trimmed.get(0).text())));
            Block block = new Block(current.type(), current.level(), current.direction(), trimmed, null);
            if (!block.text().isBlank() && !block.text().replace('\u00A0', ' ').isBlank()) {
                blocks.add(block);
            }
        }

        private static boolean endsWithSpace(String text) {
            return text.isEmpty() || text.endsWith(" ");
        }

        private static String stripStart(String s) {
            int i = 0;
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0')) {
                i++;
            }
            return s.substring(i);
        }

        private static String stripEnd(String s) {
            int i = s.length();
            while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '\u00A0')) {
                i--;
            }
            return s.substring(0, i);
        }
    }

    /** Lower case, no spaces: "Font-Weight: 700" and "font-weight:700" read the same. */
    private static String compact(String style) {
        return style.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
