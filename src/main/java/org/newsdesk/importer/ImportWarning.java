package org.newsdesk.importer;

import java.nio.file.Path;

/**
 * Something an import left out without refusing the article, for example a picture that cannot come along.
 *
 * @param file    the imported file
 * @param subject what was left out, as the file names it ("page_files/photo.jpg")
 * @param reason  why, as the end of a sentence ("the file does not exist")
 */
public record ImportWarning(Path file, String subject, String reason) {
    /** Why a picture on the web is left out. */
    public static final String ON_THE_WEB = "it is on the web, and importing never fetches anything";

    /** One sentence: "page.html: the picture page_files/a.jpg was left out: the file does not exist." */
    public String message() {
        return file.getFileName() + ": the picture " + subject + " was left out: " + reason + ".";
    }

    /** A picture check's refusal ("it is an SVG drawing…; nothing was added.") as the end of a warning. */
    public static String reason(org.newsdesk.model.BadInputException refusal) {
        return refusal.getMessage().strip().replaceFirst("; nothing was added\\.?$", "").replaceFirst("\\.$", "");
    }
}
