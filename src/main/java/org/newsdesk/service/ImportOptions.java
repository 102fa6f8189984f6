package org.newsdesk.service;

import java.util.Optional;
import org.newsdesk.importer.WebPictures;
import org.newsdesk.model.Language;

/**
 * How to import.
 *
 * @param language    the language of files that do not state theirs; empty: detect it from the text
 * @param webPictures what becomes of pictures on the web (never fetched): left out with a note, or kept as links
 */
public record ImportOptions(Optional<Language> language, WebPictures webPictures) {
    public static final ImportOptions DETECT = new ImportOptions(Optional.empty(), WebPictures.DROP);

    public ImportOptions {
        language = language == null ? Optional.empty() : language;
        webPictures = webPictures == null ? WebPictures.DROP : webPictures;
    }

    public ImportOptions withWebPictures(WebPictures choice) {
        return new ImportOptions(language, choice);
    }
}
