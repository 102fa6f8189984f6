package org.newsdesk.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.newsdesk.i18n.Message;
import org.newsdesk.image.ImageInspector;
import org.newsdesk.image.PictureRefusal;

/**
 * Pictures a document refers to by a relative path (Markdown's {@code ![alt](images/a.jpg)}, HTML's
 * {@code <img src="images/a.jpg">}): read from beside the document and checked like any picture added to the
 * library. Web addresses are never fetched (Newsdesk works offline). A missing file, an absolute path, a path
 * leading out of the document's folder or a bad picture does not refuse the document: the lookup says why, and the
 * importer leaves the picture out with a warning.
 */
public final class LocalImages {
    private final ImageInspector inspector;

    public LocalImages(ImageInspector inspector) {
        this.inspector = inspector;
    }

    public LocalImages() {
        this(new ImageInspector());
    }

    /** What {@code src}, relative to {@code document}, leads to. */
    public PictureLookup find(Path document, String src) {
        String reference = src == null ? "" : src.strip();
        if (reference.isEmpty()) {
            return new PictureLookup.Unusable(reference, Message.of("warning.import.namesNoFile"));
        }
        if (isWeb(reference)) {
            return new PictureLookup.Web(reference);
        }
        if (reference.regionMatches(true, 0, "data:", 0, 5)) {
            return embedded(reference);
        }
        if (hasScheme(reference) && !reference.matches("^[A-Za-z]:[/\\\\].*")) {
            return new PictureLookup.Unusable(reference, Message.of("warning.import.notAFile"));
        }
        Path folder = document.toAbsolutePath().normalize().getParent();
        String path = URLDecoder.decode(reference.split("[?#]", 2)[0].replace("+", "%2B"), StandardCharsets.UTF_8);
        Path file;
        try {
            if (path.startsWith("/") || path.startsWith("\\") || Path.of(path).isAbsolute()
                    || path.matches("^[A-Za-z]:[/\\\\].*")) {
                return new PictureLookup.Unusable(reference, Message.of("warning.import.absolutePath"));
            }
            file = folder.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return new PictureLookup.Unusable(reference, Message.of("warning.import.invalidName"));
        }
        if (!file.startsWith(folder)) {
            return new PictureLookup.Unusable(reference, Message.of("warning.import.outsideFolder"));
        }
        if (!Files.isRegularFile(file)) {
            return new PictureLookup.Unusable(reference, Message.of("warning.import.noSuchFile"));
        }
        try {
            return new PictureLookup.Found(inspector.inspect(file));
        } catch (PictureRefusal e) {
            return new PictureLookup.Unusable(reference, ImportWarning.reason(e));
        }
    }

    /**
     * A picture written into the document itself ({@code data:image/png;base64,…}, as SingleFile saves pages),
     * checked like a file.
     */
    private PictureLookup embedded(String reference) {
        String label = reference.length() > 40 ? reference.substring(0, 40) + "…" : reference;
        int comma = reference.indexOf(',');
        if (comma < 0 || !reference.substring(0, comma).toLowerCase(java.util.Locale.ROOT).endsWith(";base64")) {
            return new PictureLookup.Unusable(label, Message.of("warning.import.notBase64"));
        }
        try {
            byte[] bytes = java.util.Base64.getMimeDecoder().decode(reference.substring(comma + 1));
            return new PictureLookup.Found(inspector.inspect(bytes, ImportWarning.IT));
        } catch (IllegalArgumentException e) {
            return new PictureLookup.Unusable(label, Message.of("warning.import.badBase64"));
        } catch (PictureRefusal e) {
            return new PictureLookup.Unusable(label, ImportWarning.reason(e));
        }
    }

    /** http:, https: and protocol-relative "//host/…" addresses: pictures on the web. */
    static boolean isWeb(String reference) {
        String lower = reference.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || reference.startsWith("//");
    }

    /** data:, file:, javascript: and the rest; a Windows drive letter ("C:") is a path, not a scheme. */
    private static boolean hasScheme(String reference) {
        try {
            String scheme = new URI(reference.replace(" ", "%20").replace("\\", "/")).getScheme();
            return scheme != null && scheme.length() > 1;
        } catch (URISyntaxException e) {
            return reference.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*");
        }
    }
}
