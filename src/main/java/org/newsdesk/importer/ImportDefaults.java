package org.newsdesk.importer;

import java.time.Instant;
import org.newsdesk.model.Language;

/**
 * What an imported article gets when its file does not say: language, and "now"; and what becomes of pictures
 * on the web.
 */
public record ImportDefaults(Language language, Instant now, WebPictures webPictures) {

    public ImportDefaults {
        webPictures = webPictures == null ? WebPictures.DROP : webPictures;
    }

    public ImportDefaults(Language language, Instant now) {
        this(language, now, WebPictures.DROP);
    }
}
