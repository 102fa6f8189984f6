package org.newsdesk.model;

import java.util.List;

/** The languages Newsdesk offers for articles (the editor's list) and the only ones an import detects. */
public final class KnownLanguages {
    public static final List<Language> ALL = List.of(Language.of("en"), Language.of("fr"), Language.of("ar"),
            Language.of("es"));

    private KnownLanguages() {
    }
}
