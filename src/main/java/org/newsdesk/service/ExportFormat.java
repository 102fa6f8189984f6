package org.newsdesk.service;

import java.util.Arrays;
import java.util.Locale;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;

/** What an export writes. All but the bundle give one file per article. */
public enum ExportFormat {
    /** A standalone HTML5 page. */
    HTML("html", ".html"),
    /** The body alone, to paste into a CMS. */
    FRAGMENT("fragment", ".fragment.html"),
    /** Newsdesk's native, re-importable file. */
    JSON("json", ".json"),
    /** IPTC ninjs 3.0. */
    NINJS("ninjs", ".ninjs.json"),
    /** One zip for upload: manifest, and per article index.html, article.json, ninjs.json and images. */
    BUNDLE("bundle", ".zip"),
    /** Markdown with front matter, which the Markdown import reads back (tables as pipe tables). */
    MARKDOWN("markdown", ".md");

    private final String label;
    private final String suffix;

    ExportFormat(String label, String suffix) {
        this.label = label;
        this.suffix = suffix;
    }

    public String label() {
        return label;
    }

    /** The end of each file's name in a folder of exports: "slug" + suffix. */
    public String suffix() {
        return suffix;
    }

    public boolean perArticle() {
        return this != BUNDLE;
    }

    /** Whether the files show pictures, so the pictures are exported with them. */
    boolean showsImages() {
        return this == HTML || this == FRAGMENT || this == NINJS || this == MARKDOWN;
    }

    public static ExportFormat parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new BadInputException(Message.of("error.export.unknownFormat", text,
                        String.join(", ", Arrays.stream(values()).map(ExportFormat::label).toList()))));
    }
}
