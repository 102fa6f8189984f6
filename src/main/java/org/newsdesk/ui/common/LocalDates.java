package org.newsdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Messages;

/**
 * A date field's text in the interface's form ("6 déc. 2026", "٦ ديسمبر ٢٠٢٦"); typing accepts that form, the ISO
 * form (2026-12-06) and day/month/year, in Latin or Arabic-Indic digits.
 */
public final class LocalDates extends StringConverter<LocalDate> {
    private final Messages t;

    public LocalDates(Messages t) {
        this.t = t;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : t.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String latin = latinDigits(text.strip());
        LocalDate parsed = t.parseDate(latin);
        if (parsed != null) {
            return parsed;
        }
        try {
            return LocalDate.parse(latin);
        } catch (DateTimeParseException e) {
            String[] dmy = latin.split("[/.\\-\\s]+");
            if (dmy.length == 3) {
                try {
                    return LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0]));
                } catch (RuntimeException notADate) {
                    return null;
                }
            }
            return null;
        }
    }

    /** Arabic-Indic and Eastern Arabic-Indic digits as Latin ones. */
    public static String latinDigits(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0x0660 && c <= 0x0669) {
                sb.append((char) ('0' + c - 0x0660));
            } else if (c >= 0x06F0 && c <= 0x06F9) {
                sb.append((char) ('0' + c - 0x06F0));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
