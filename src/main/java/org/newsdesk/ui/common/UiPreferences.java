package org.newsdesk.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * What the window remembers between runs: geometry, split positions, theme, typing helpers, the press-release
 * template's boilerplate, the details strip, the libraries opened lately and whether daily backups are off.
 * x and y are null until the window was first placed. uiLanguage ("en", "fr", "ar") is null until chosen (the
 * system's language is used then); digits is "latn" or "arab" (an Arabic interface's numbers).
 */
public record UiPreferences(Double x, Double y, double width, double height, boolean maximized,
                            List<Double> dividers, boolean dark, boolean smartQuotes, boolean enDashes,
                            boolean frenchSpacing, String boilerplate,
                            String exportDestination, boolean detailsOpen, List<String> recentLibraries,
                            boolean dailyBackupsOff, String uiLanguage, String digits) {

    public static final String DEFAULT_BOILERPLATE = "The International Council for Culture"
            + " and Education brings together 120 member states to protect heritage, support schools and help"
            + " cultures understand one another. Media contact: press@example.org.";
    /** How many libraries File › Recent libraries lists. */
    public static final int RECENT_KEPT = 8;

    public UiPreferences {
        dividers = dividers == null || dividers.size() != 2 ? List.of(0.26, 0.72) : List.copyOf(dividers);
        width = width < 400 ? 1280 : width;
        height = height < 300 ? 800 : height;
        boilerplate = boilerplate == null ? DEFAULT_BOILERPLATE : boilerplate;
        recentLibraries = recentLibraries == null ? List.of() : List.copyOf(recentLibraries);
    }

    public static UiPreferences defaults() {
        return new UiPreferences(null, null, 1280, 800, false, null, false, true, true, true, null, null, false,
                List.of(), false, null, null);
    }

    public UiPreferences withGeometry(Double nx, Double ny, double w, double h, boolean max, List<Double> d) {
        return new UiPreferences(nx, ny, w, h, max, d, dark, smartQuotes, enDashes, frenchSpacing, boilerplate,
                exportDestination, detailsOpen, recentLibraries, dailyBackupsOff, uiLanguage, digits);
    }

    public UiPreferences withDark(boolean d) {
        return new UiPreferences(x, y, width, height, maximized, dividers, d, smartQuotes, enDashes, frenchSpacing,
                boilerplate, exportDestination, detailsOpen, recentLibraries, dailyBackupsOff, uiLanguage, digits);
    }

    public UiPreferences withTyping(boolean quotes, boolean dashes, boolean french, String boiler) {
        return new UiPreferences(x, y, width, height, maximized, dividers, dark, quotes, dashes, french, boiler,
                exportDestination, detailsOpen, recentLibraries, dailyBackupsOff, uiLanguage, digits);
    }

    public UiPreferences withDetailsOpen(boolean open) {
        return new UiPreferences(x, y, width, height, maximized, dividers, dark, smartQuotes, enDashes, frenchSpacing,
                boilerplate, exportDestination, open, recentLibraries, dailyBackupsOff, uiLanguage, digits);
    }

    public UiPreferences withExportDestination(String destination) {
        return new UiPreferences(x, y, width, height, maximized, dividers, dark, smartQuotes, enDashes, frenchSpacing,
                boilerplate, destination, detailsOpen, recentLibraries, dailyBackupsOff, uiLanguage, digits);
    }

    /** {@code library} first in the recent list, once, the list cut to {@link #RECENT_KEPT}. */
    public UiPreferences withRecentLibrary(String library) {
        List<String> recent = new ArrayList<>(recentLibraries);
        recent.remove(library);
        recent.add(0, library);
        return new UiPreferences(x, y, width, height, maximized, dividers, dark, smartQuotes, enDashes, frenchSpacing,
                boilerplate, exportDestination, detailsOpen, recent.subList(0, Math.min(recent.size(), RECENT_KEPT)),
                dailyBackupsOff, uiLanguage, digits);
    }

    public UiPreferences withDailyBackups(boolean on) {
        return new UiPreferences(x, y, width, height, maximized, dividers, dark, smartQuotes, enDashes, frenchSpacing,
                boilerplate, exportDestination, detailsOpen, recentLibraries, !on, uiLanguage, digits);
    }

    /** The interface language chosen, if one was. */
    public java.util.Optional<org.newsdesk.i18n.UiLanguage> language() {
        return org.newsdesk.i18n.UiLanguage.parse(uiLanguage);
    }

    /** The digits an Arabic interface writes numbers with (Arabic-Indic unless Latin was chosen). */
    public org.newsdesk.i18n.Digits digitsChoice() {
        return digits == null ? org.newsdesk.i18n.Digits.ARABIC_INDIC : org.newsdesk.i18n.Digits.parse(digits);
    }

    public UiPreferences withLanguage(org.newsdesk.i18n.UiLanguage language, org.newsdesk.i18n.Digits d) {
        return new UiPreferences(x, y, width, height, maximized, dividers, dark, smartQuotes, enDashes, frenchSpacing,
                boilerplate, exportDestination, detailsOpen, recentLibraries, dailyBackupsOff, language.code(),
                d.numberingSystem());
    }
}
