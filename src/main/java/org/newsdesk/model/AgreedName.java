package org.newsdesk.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.i18n.Message;

/**
 * A person or organisation whose name the library has agreed on: one spelling per language (the
 * Director-General in English, French and Arabic script), with known wrong variants.
 *
 * @param id        the library's number for it
 * @param spellings one per language, sorted by language
 */
public record AgreedName(long id, NameKind kind, List<NameSpelling> spellings) {
    public AgreedName {
        Objects.requireNonNull(kind, "kind");
        spellings = spellings.stream().sorted(Comparator.comparing(NameSpelling::language)).toList();
        if (spellings.isEmpty()) {
            throw new ValidationException("name", Message.of("error.name.agreedNeedsSpelling"));
        }
    }

    public Optional<NameSpelling> in(String language) {
        String base = Language.of(language).primary();
        return spellings.stream().filter(s -> Language.of(s.language()).primary().equals(base)).findFirst();
    }

    /** The spelling for {@code language}, else the first one there is. */
    public String nameIn(String language) {
        return in(language).orElse(spellings.get(0)).name();
    }
}
