package org.newsdesk.image;

/**
 * The words a photo carries in its IPTC or XMP metadata, to pre-fill a figure. Empty strings where it says
 * nothing.
 *
 * @param caption what the photo shows (XMP dc:description, IPTC 2:120 Caption/Abstract)
 * @param credit  who took or supplies it (dc:creator / 2:80 By-line and photoshop:Credit / 2:110 Credit Line)
 * @param altText the IPTC "Alt Text (Accessibility)" (Iptc4xmpCore:AltTextAccessibility)
 */
public record EmbeddedText(String caption, String credit, String altText) {

    public static final EmbeddedText NONE = new EmbeddedText("", "", "");

    public EmbeddedText {
        caption = clean(caption);
        credit = clean(credit);
        altText = clean(altText);
    }

    public boolean isEmpty() {
        return caption.isEmpty() && credit.isEmpty() && altText.isEmpty();
    }

    /** Each field from this one, or from {@code other} where this one says nothing. */
    EmbeddedText or(EmbeddedText other) {
        return new EmbeddedText(caption.isEmpty() ? other.caption : caption,
                credit.isEmpty() ? other.credit : credit, altText.isEmpty() ? other.altText : altText);
    }

    /** "Creator / Credit line", or whichever is known; one of them alone when the other repeats it. */
    static String credit(String creator, String creditLine) {
        String by = clean(creator);
        String line = clean(creditLine);
        if (by.isEmpty() || line.toLowerCase().contains(by.toLowerCase())) {
            return line.isEmpty() ? by : line;
        }
        if (line.isEmpty() || by.toLowerCase().contains(line.toLowerCase())) {
            return by;
        }
        return by + " / " + line;
    }

    /** Control characters out, white space collapsed, length capped: metadata is written by anyone. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replaceAll("\\s+", " ").strip();
        return cleaned.length() > 2000 ? cleaned.substring(0, 2000).strip() : cleaned;
    }
}
