package org.newsdesk.export;

import java.net.URI;
import java.net.URISyntaxException;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.ValidationException;

/**
 * One file of a picture, as ninjs lists it under "renditions": the original, a thumbnail, a web size.
 *
 * @param name        what this rendition is, e.g. "original", "thumbnail" (IPTC suggests its rendition codes)
 * @param href        absolute URI of the file, or null when the receiver gets it another way (ninjs allows only
 *                    absolute URIs here, so a relative bundle path is refused)
 * @param contentType IANA media type, e.g. image/jpeg, or null
 * @param width       pixels, 0 when unknown
 * @param height      pixels, 0 when unknown
 * @param sizeInBytes bytes, 0 when unknown
 */
public record ImageRendition(String name, String href, String contentType, int width, int height, long sizeInBytes) {

    public ImageRendition {
        if (name == null || name.isBlank()) {
            throw new ValidationException("rendition", Message.of("error.export.renditionName"));
        }
        href = href == null || href.isBlank() ? null : href.strip();
        if (href != null && !isAbsoluteUri(href)) {
            throw new ValidationException("rendition", Message.of("error.export.renditionAddress", href));
        }
        contentType = contentType == null || contentType.isBlank() ? null : contentType.strip();
        width = Math.max(width, 0);
        height = Math.max(height, 0);
        sizeInBytes = Math.max(sizeInBytes, 0);
    }

    private static boolean isAbsoluteUri(String href) {
        try {
            return new URI(href).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
