package org.newsdesk.model;

import java.util.List;
import java.util.Objects;
import org.newsdesk.i18n.Message;

/**
 * How a name is written in one language, and the ways it is known to be miswritten there.
 *
 * @param language BCP 47 tag ("en", "fr", "ar")
 * @param name     the agreed spelling
 * @param variants known wrong spellings, flagged wherever they appear
 */
public record NameSpelling(String language, String name, List<String> variants) {
    public NameSpelling {
        Objects.requireNonNull(language, "language");
        String agreed = Objects.requireNonNull(name, "name").strip();
        if (agreed.isEmpty()) {
            throw new ValidationException("name", Message.of("error.name.empty"));
        }
        name = agreed;
        variants = variants == null ? List.of()
                : variants.stream().map(String::strip).filter(v -> !v.isEmpty() && !v.equals(agreed)).distinct().toList();
    }
}
