package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.image.EmbeddedText;
import org.newsdesk.image.EmbeddedTextReader;
import org.newsdesk.image.ValidImage;
import org.newsdesk.model.ImageRef;

/**
 * The pictures one imported document brings: each checked picture once, and figures whose words come from the
 * document (a Markdown title, a Word caption or alt text) and, where it says nothing, from the photo's own
 * IPTC/XMP metadata.
 */
public final class ImportedFigures {
    private final EmbeddedTextReader embedded = new EmbeddedTextReader();
    private final Map<String, ValidImage> images = new LinkedHashMap<>();

    /** A figure of {@code image}; blank words are filled from the photo's metadata. */
    public ImageRef figure(ValidImage image, String caption, String altText, String link) {
        images.putIfAbsent(image.sha256(), image);
        EmbeddedText own = embedded.read(image.bytes());
        return new ImageRef(image.sha256(), blank(caption) ? own.caption() : caption.strip(), own.credit(),
                blank(altText) ? own.altText() : altText.strip(), link);
    }

    /** Every picture used, each once, in the order first used. */
    public List<ValidImage> images() {
        return new ArrayList<>(images.values());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
