package org.newsdesk.model;

import java.util.Locale;
import org.newsdesk.i18n.Message;

/** What a user does in the newsroom; decides which workflow steps they may take. */
public enum Role {
    PRESS_OFFICER, EDITOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bundle key of the role's name as the window shows it. */
    public String nameKey() {
        return switch (this) {
            case PRESS_OFFICER -> "role.pressOfficer";
            case EDITOR -> "role.editor";
        };
    }

    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(text.trim()) || r.name().equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        throw new BadInputException(Message.of("error.role.unknown", text));
    }
}
