package org.newsdesk.model;

import java.util.Locale;
import org.newsdesk.i18n.Message;

/**
 * When a team library's pictures come to this laptop: all of them at join and every sync (the default: a library
 * that works offline), or only their descriptions, each picture's bytes fetched the first time it is needed.
 */
public enum PictureFetching {
    ALL("all"),
    ON_DEMAND("on-demand");

    private final String label;

    PictureFetching(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PictureFetching parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (PictureFetching f : values()) {
            if (f.label.equals(wanted) || (f == ON_DEMAND && wanted.equals("ondemand"))) {
                return f;
            }
        }
        throw new BadInputException(Message.of("error.team.pictureFetching", String.valueOf(text)));
    }
}
