package org.newsdesk.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface's words in one language: sentences from the bundles in {@code org/newsdesk/i18n/messages*.properties}
 * (ICU message patterns, so plurals follow each language's rules: Arabic has six forms), and numbers and dates in
 * that language's form with the chosen digits. Immutable; made once per window or command and passed along.
 */
public final class Messages {
    /** Where the bundles live (UTF-8 .properties). */
    public static final String BUNDLE = "org.newsdesk.i18n.messages";
    private static final Messages ENGLISH = new Messages(UiLanguage.ENGLISH, Digits.LATIN);

    private final UiLanguage language;
    private final Digits digits;
    private final ULocale locale;
    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(UiLanguage language, Digits digits) {
        this.language = language;
        this.digits = language == UiLanguage.ARABIC ? digits : Digits.LATIN;
        // English as in the UK (day before month, 24-hour clock): the organisation writes British English
        String tag = (language == UiLanguage.ENGLISH ? "en-GB" : language.code()) + "-u-nu-"
                + this.digits.numberingSystem();
        this.locale = ULocale.forLanguageTag(tag);
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language.code()),
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(UiLanguage language, Digits digits) {
        return language == UiLanguage.ENGLISH ? ENGLISH : new Messages(language, digits);
    }

    /** English: what logs and exception messages are written in. */
    public static Messages english() {
        return ENGLISH;
    }

    public UiLanguage language() {
        return language;
    }

    public Digits digits() {
        return digits;
    }

    public boolean rightToLeft() {
        return language.rightToLeft();
    }

    /** The interface's locale for Java APIs (with its numbering system). */
    public Locale locale() {
        return locale.toLocale();
    }

    /** The sentence under {@code key} with its arguments filled in; the key itself when no bundle has it. */
    public String get(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(raw(k), locale));
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = args[i] instanceof Message m ? text(m) : args[i] == null ? "" : args[i];
        }
        return format.format(filled);
    }

    public String text(Message message) {
        if (message.joined()) {
            return joined(message);
        }
        return message.isLiteral() ? message.literal() : get(message.key(), message.args().toArray());
    }

    /** "A; b; c." in English and French, "أ؛ ب؛ ج." in Arabic. */
    private String joined(Message message) {
        StringBuilder out = new StringBuilder();
        String separator = get("list.semicolon");
        for (Object part : message.args()) {
            String s = part instanceof Message m ? text(m) : String.valueOf(part);
            s = s.strip();
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
            if (s.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() || Message.LOWER_FIRST.equals(message.key())) {
                out.append(out.isEmpty() ? "" : separator).append(s.substring(0, 1).toLowerCase(locale.toLocale())).append(s.substring(1));
            } else {
                out.append(s);
            }
        }
        return out.append('.').toString();
    }

    /** True when the bundles have {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The pattern as written in the bundle, unfilled. */
    public String raw(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing key shows itself (and BundlesTest fails) rather than crashing the window
        }
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String number(double n, int fractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f.format(n);
    }

    /** "6 Dec 2026", "6 déc. 2026", "٦ ديسمبر ٢٠٢٦". */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        DateFormat f = DateFormat.getInstanceForSkeleton("yMMMd", locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** A date typed in the form {@link #date} writes (Latin digits), or null when it is not one. */
    public LocalDate parseDate(String text) {
        DateFormat f = DateFormat.getInstanceForSkeleton("yMMMd", ULocale.forLanguageTag(
                locale.toLanguageTag().replaceAll("-u-nu-[a-z]+", "") + "-u-nu-latn"));
        f.setTimeZone(TimeZone.GMT_ZONE);
        f.setLenient(true);
        java.text.ParsePosition at = new java.text.ParsePosition(0);
        Date d = f.parse(text, at);
        if (d == null || at.getIndex() != text.length()) {
            return null;
        }
        return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** "6 Dec 2026, 14:05" in {@code zone}. */
    public String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : format("yMMMdHHmm", instant, zone);
    }

    /** "6 Dec, 14:05" in {@code zone}: a moment in the near past or future. */
    public String shortDateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : format("MMMdHHmm", instant, zone);
    }

    /** "14:05" in {@code zone}. */
    public String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : format("HHmm", instant, zone);
    }

    private String format(String skeleton, Instant instant, ZoneId zone) {
        DateFormat f = DateFormat.getInstanceForSkeleton(skeleton, locale);
        f.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return f.format(Date.from(instant));
    }
}
