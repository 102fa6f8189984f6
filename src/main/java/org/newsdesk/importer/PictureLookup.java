package org.newsdesk.importer;

import org.newsdesk.i18n.Message;
import org.newsdesk.image.ValidImage;

/** What a document's reference to a picture led to. */
public sealed interface PictureLookup {

    /** A checked picture, ready to be stored with the article. */
    record Found(ValidImage image) implements PictureLookup {
    }

    /** A picture on the web ({@code https://…}, {@code //host/…}, {@code /images/…}): never fetched. */
    record Web(String reference) implements PictureLookup {
    }

    /** A picture that cannot come along; {@code reason} ends the sentence "… was left out: " (no full stop). */
    record Unusable(String reference, Message reason) implements PictureLookup {
    }
}
