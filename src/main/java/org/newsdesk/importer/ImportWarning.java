package org.newsdesk.importer;

import java.nio.file.Path;
import org.newsdesk.i18n.Message;
import org.newsdesk.image.PictureRefusal;

/**
 * Something an import left out without refusing the article, for example a picture that cannot come along.
 *
 * @param file    the imported file
 * @param subject what was left out, as the file names it ("page_files/photo.jpg")
 * @param reason  why, as the end of a sentence without its full stop ("the file does not exist")
 */
public record ImportWarning(Path file, String subject, Message reason) {
    /** Why a picture on the web is left out. */
    public static final Message ON_THE_WEB = Message.of("warning.import.onTheWeb");

    /** The picture, when a reason speaks of it ("it is a damaged JPEG picture"). */
    public static final Message IT = Message.of("warning.import.it");

    /** One sentence: "page.html: the picture page_files/a.jpg was left out: the file does not exist." */
    public Message message() {
        return Message.of("warning.import.pictureLeftOut", file.getFileName().toString(), subject, reason);
    }

    /** True when the picture was left out only because it is on the web (it could come along as a link). */
    public boolean onTheWeb() {
        return ON_THE_WEB.equals(reason);
    }

    /** A picture check's refusal ("it is an SVG drawing…") as the end of a warning. */
    public static Message reason(PictureRefusal refusal) {
        return refusal.about(IT);
    }
}
