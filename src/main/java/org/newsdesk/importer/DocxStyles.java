package org.newsdesk.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the document's styles say about a paragraph: whether it is a heading (and which level), the title, a
 * subtitle or a caption, and the marks of character styles. Headings are found by the style's name in the languages
 * Word and LibreOffice are used in ("heading 1", "Überschrift 1", "Titre 1", "عنوان 1"…), by its id when the
 * style is not defined, and by outline level, on the style, a style it is based on, or the paragraph itself.
 */
final class DocxStyles {
    private static final Pattern HEADING_NAME = Pattern.compile("(heading|überschrift|titre|título|titulo|titolo|kop"
            + "|nagłówek|naglowek|заголовок|rubrik|overskrift|otsikko|başlık|nadpis|naslov|címsor|rubrica|intestazione"
            + "|عنوان|כותרת|見出し|标题|標題|제목)\\s*([1-9])");
    // Word's localised style ids keep only ASCII letters: "berschrift1" for "Überschrift 1", "Ttulo1" for "Título 1".
    private static final Pattern HEADING_ID = Pattern.compile("(heading|berschrift|titre|ttulo|titulo|titolo|kop"
            + "|nagwek|rubrik|overskrift|otsikko|balk|nadpis|naslov|cmsor)([1-9])");

    private record Style(String name, String basedOn, Integer outline, Element runProperties,
                         Element paragraphProperties) {
    }

    private final Map<String, Style> styles = new HashMap<>();
    private final Element defaultRunProperties;
    private Element defaultParagraphProperties;
    private String defaultParagraphStyle;

    DocxStyles(Document xml) {
        Element defaults = null;
        if (xml != null) {
            Element root = xml.getDocumentElement();
            Element docDefaults = DocxXml.child(root, "docDefaults");
            Element rPrDefault = DocxXml.child(docDefaults, "rPrDefault");
            defaults = DocxXml.child(rPrDefault, "rPr");
            defaultParagraphProperties = DocxXml.child(DocxXml.child(docDefaults, "pPrDefault"), "pPr");
            for (Element style : DocxXml.children(root)) {
                if (!DocxXml.isW(style, "style")) {
                    continue;
                }
                String id = DocxXml.attr(style, "styleId");
                if (id == null) {
                    continue;
                }
                Element pPr = DocxXml.child(style, "pPr");
                String outline = DocxXml.val(DocxXml.child(pPr, "outlineLvl"));
                styles.put(id, new Style(lower(DocxXml.val(DocxXml.child(style, "name"))),
                        DocxXml.val(DocxXml.child(style, "basedOn")), number(outline),
                        DocxXml.child(style, "rPr"), pPr));
                String isDefault = DocxXml.attr(style, "default");
                if ("paragraph".equals(DocxXml.attr(style, "type")) && ("1".equals(isDefault) || "true".equals(isDefault))) {
                    defaultParagraphStyle = id;
                }
            }
        }
        this.defaultRunProperties = defaults;
    }

    static DocxStyles none() {
        return new DocxStyles(null);
    }

    /** The document's default run properties (its default language lives there), or null. */
    Element defaultRunProperties() {
        return defaultRunProperties;
    }

    /** The run properties of a paragraph style (the default one when null), for its language, or null. */
    Element runProperties(String styleId) {
        String id = styleId == null ? defaultParagraphStyle : styleId;
        Style style = id == null ? null : styles.get(id);
        return style == null ? null : style.runProperties();
    }

    /**
     * Whether a paragraph reads right to left: its own {@code w:bidi}, else its style's (or one it is based on; the
     * default paragraph style when it names none), else the document default. LibreOffice sets it on the styles.
     */
    boolean rightToLeft(Element ownProperties, String styleId) {
        if (DocxXml.child(ownProperties, "bidi") != null) {
            return DocxXml.on(ownProperties, "bidi");
        }
        Set<String> seen = new HashSet<>();
        for (String id = styleId == null ? defaultParagraphStyle : styleId; id != null && seen.add(id); ) {
            Style style = styles.get(id);
            if (style == null) {
                break;
            }
            if (DocxXml.child(style.paragraphProperties(), "bidi") != null) {
                return DocxXml.on(style.paragraphProperties(), "bidi");
            }
            id = style.basedOn();
        }
        return DocxXml.on(defaultParagraphProperties, "bidi");
    }

    /**
     * 1–9 for a heading (1 for the title), 0 for everything else. {@code ownOutline} is the paragraph's own
     * outline level (0-based as Word writes it), or null.
     */
    int headingLevel(String styleId, Integer ownOutline) {
        if (ownOutline != null) {
            return ownOutline >= 0 && ownOutline <= 8 ? ownOutline + 1 : 0; // 9 is "body text"
        }
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); ) {
            Style style = styles.get(id);
            int byName = byName(style == null ? null : style.name(), id);
            if (byName > 0) {
                return byName;
            }
            if (style == null) {
                return 0;
            }
            if (style.outline() != null) {
                return style.outline() >= 0 && style.outline() <= 8 ? style.outline() + 1 : 0;
            }
            id = style.basedOn();
        }
        return 0;
    }

    boolean isSubtitle(String styleId) {
        return nameOrId(styleId).equals("subtitle") || nameOrId(styleId).equals("untertitel")
                || nameOrId(styleId).equals("sous-titre");
    }

    /** Word's "Caption" style (in a few languages), or a style based on it. */
    boolean isCaption(String styleId) {
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); id = styles.containsKey(id) ? styles.get(id).basedOn() : null) {
            String name = nameOrId(id);
            if (name.equals("caption") || name.equals("beschriftung") || name.equals("légende")) {
                return true;
            }
        }
        return false;
    }

    /** Bold or italic set by a character style (Word's "Strong", "Emphasis"), following what it is based on. */
    boolean characterStyle(String styleId, String flag) {
        Set<String> seen = new HashSet<>();
        for (String id = styleId; id != null && seen.add(id); ) {
            Style style = styles.get(id);
            if (style == null) {
                return false;
            }
            if (style.runProperties() != null && DocxXml.child(style.runProperties(), flag) != null) {
                return DocxXml.on(style.runProperties(), flag);
            }
            id = style.basedOn();
        }
        return false;
    }

    private String nameOrId(String styleId) {
        if (styleId == null) {
            return "";
        }
        Style style = styles.get(styleId);
        return style != null && style.name() != null ? style.name() : lower(styleId);
    }

    private static int byName(String name, String id) {
        if (name != null) {
            if (name.equals("title") || name.equals("titel") || name.equals("titre") || name.equals("título")) {
                return 1;
            }
            Matcher m = HEADING_NAME.matcher(name);
            if (m.matches()) {
                return Integer.parseInt(m.group(2));
            }
            return 0;
        }
        String lowerId = lower(id);
        if (lowerId.equals("title")) {
            return 1;
        }
        Matcher m = HEADING_ID.matcher(lowerId);
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).strip();
    }

    static Integer number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
