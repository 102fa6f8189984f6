package org.newsdesk.model;

import java.util.Locale;

/** Whether an agreed name is a person's or an organisation's. */
public enum NameKind {
    PERSON, ORGANISATION;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NameKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "person", "people" -> PERSON;
            case "organisation", "organization", "org" -> ORGANISATION;
            default -> throw new BadInputException("Unknown kind of name \"" + text
                    + "\"; expected person or organisation.");
        };
    }
}
