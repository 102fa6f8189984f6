package org.newsdesk.importer;

import java.time.Instant;
import org.newsdesk.model.Language;

/** What an imported article gets when its file does not say: language, and "now". */
public record ImportDefaults(Language language, Instant now) {
}
