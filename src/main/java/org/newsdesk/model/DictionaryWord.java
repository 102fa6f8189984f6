package org.newsdesk.model;

import java.util.Objects;
import org.newsdesk.i18n.Message;

/** A word of the library's own dictionary, for one language (its primary subtag: "en", "fr", "ar"). */
public record DictionaryWord(String language, String word) {
    public DictionaryWord {
        Objects.requireNonNull(language, "language");
        word = Objects.requireNonNull(word, "word").strip();
        if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
            throw new ValidationException("word", Message.of("error.dictionary.notOneWord", word));
        }
    }
}
