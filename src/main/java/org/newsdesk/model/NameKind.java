package org.newsdesk.model;

import java.util.Locale;
import org.newsdesk.i18n.Message;

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
            default -> throw new BadInputException(Message.of("error.name.unknownKind", text));
        };
    }
}
