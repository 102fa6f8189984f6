package org.newsdesk.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.newsdesk.image.ImageInspector;
import org.newsdesk.image.ValidImage;
import org.newsdesk.model.BadInputException;

/**
 * Pictures a document refers to by a relative path (Markdown's {@code ![alt](images/a.jpg)}, HTML's
 * {@code <img src="images/a.jpg">}): read from beside the document and checked like any picture added to the
 * library. Web addresses are left out (Newsdesk works offline); an absolute path, a path leading out of the
 * document's folder, a missing file or a bad picture refuses the import with one sentence.
 */
public final class LocalImages {
    private final ImageInspector inspector;

    public LocalImages(ImageInspector inspector) {
        this.inspector = inspector;
    }

    public LocalImages() {
        this(new ImageInspector());
    }

    /** The checked picture {@code src} names, relative to {@code document}; empty for a web address. */
    public Optional<ValidImage> load(Path document, String src) {
        String reference = src == null ? "" : src.strip();
        if (reference.isEmpty() || hasScheme(reference)) {
            return Optional.empty();
        }
        Path folder = document.toAbsolutePath().normalize().getParent();
        Path file = resolve(folder, reference, document);
        if (!Files.isRegularFile(file)) {
            throw refusal(document, "it refers to the picture " + reference + ", which does not exist");
        }
        try {
            return Optional.of(inspector.inspect(file));
        } catch (BadInputException e) {
            throw refusal(document, withoutEnding(e.getMessage()));
        }
    }

    private static Path resolve(Path folder, String reference, Path document) {
        String path = reference.split("[?#]", 2)[0];
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        try {
            if (path.startsWith("/") || path.startsWith("\\") || Path.of(path).isAbsolute()) {
                throw refusal(document, "it refers to the picture " + reference + " by an absolute path; only paths"
                        + " relative to the document are read");
            }
            Path file = folder.resolve(path).normalize();
            if (!file.startsWith(folder)) {
                throw refusal(document, "the picture " + reference + " lies outside the document's folder");
            }
            return file;
        } catch (InvalidPathException e) {
            throw refusal(document, "the picture path " + reference + " is not a valid file name");
        }
    }

    /** http:, https:, data:, file: and the rest; a Windows drive letter ("C:") is a path, not a scheme. */
    private static boolean hasScheme(String reference) {
        try {
            String scheme = new URI(reference.replace(" ", "%20").replace("\\", "/")).getScheme();
            return scheme != null && scheme.length() > 1;
        } catch (URISyntaxException e) {
            return reference.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*");
        }
    }

    private static BadInputException refusal(Path document, String why) {
        return new BadInputException("Cannot import " + document + ": " + why + "; nothing was imported.");
    }

    private static String withoutEnding(String message) {
        String text = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return text.endsWith("; nothing was added") ? text.substring(0, text.length() - "; nothing was added".length()) : text;
    }
}
