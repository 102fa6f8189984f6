package org.newsdesk.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Language;

/**
 * The "key: value" header some Markdown files start with, between two "---" lines. Newsdesk reads
 * headline, standfirst, dateline, date, byline, language and tags (comma-separated) from it.
 */
record FrontMatter(Map<String, String> fields, String rest) {

    static FrontMatter parse(String text) {
        if (!text.startsWith("---\n")) {
            return new FrontMatter(Map.of(), text);
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            return new FrontMatter(Map.of(), text);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String value = line.substring(colon + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                fields.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), value);
            }
        }
        int restStart = text.indexOf('\n', end + 4);
        return new FrontMatter(fields, restStart < 0 ? "" : text.substring(restStart + 1));
    }

    /** True when the front matter says which language the text is in. */
    boolean statesLanguage() {
        return fields.containsKey("language") || fields.containsKey("lang");
    }

    Article applyTo(Article article, java.nio.file.Path file) {
        Article a = article;
        if (fields.containsKey("headline") || fields.containsKey("title")) {
            a = a.withHeadline(fields.getOrDefault("headline", fields.get("title")));
        }
        if (fields.containsKey("standfirst") || fields.containsKey("subtitle")) {
            a = a.withStandfirst(fields.getOrDefault("standfirst", fields.get("subtitle")));
        }
        if (fields.containsKey("dateline")) {
            a = a.withDateline(fields.get("dateline"));
        }
        if (fields.containsKey("byline") || fields.containsKey("author")) {
            a = a.withByline(fields.getOrDefault("byline", fields.get("author")));
        }
        if (fields.containsKey("language") || fields.containsKey("lang")) {
            a = a.withLanguage(Language.of(fields.getOrDefault("language", fields.get("lang"))));
        }
        if (fields.containsKey("date")) {
            try {
                a = a.withDate(LocalDate.parse(fields.get("date")));
            } catch (DateTimeParseException e) {
                throw new BadInputException(Message.of("error.import.badDate", file.toString(), fields.get("date")), e);
            }
        }
        if (fields.containsKey("tags")) {
            List<String> tags = new ArrayList<>(List.of(fields.get("tags").replaceAll("^\\[|]$", "").split(",")));
            a = a.withTags(tags);
        }
        return a;
    }
}
