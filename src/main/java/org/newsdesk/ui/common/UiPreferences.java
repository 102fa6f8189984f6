package org.newsdesk.ui.common;

import java.util.List;

/**
 * What the window remembers between runs: geometry, split positions, theme, typing helpers and the
 * press-release template's boilerplate. x and y are null until the window was first placed.
 */
public record UiPreferences(Double x, Double y, double width, double height, boolean maximized,
                            List<Double> dividers, boolean dark, boolean smartQuotes, boolean enDashes,
                            boolean frenchSpacing, String boilerplate,
                            String exportDestination, boolean detailsOpen) {

    public static final String DEFAULT_BOILERPLATE = "The International Council for Culture"
            + " and Education brings together 120 member states to protect heritage, support schools and help"
            + " cultures understand one another. Media contact: press@example.org.";

    public UiPreferences {
        dividers = dividers == null || dividers.size() != 2 ? List.of(0.26, 0.72) : List.copyOf(dividers);
        width = width < 400 ? 1280 : width;
        height = height < 300 ? 800 : height;
        boilerplate = boilerplate == null ? DEFAULT_BOILERPLATE : boilerplate;
    }

    public static UiPreferences defaults() {
        return new UiPreferences(null, null, 1280, 800, false, null, false, true, true, true, null, null, false);
    }

    public UiPreferences withGeometry(Double nx, Double ny, double w, double h, boolean max, List<Double> d) {
        return new UiPreferences(nx, ny, w, h, max, d, dark, smartQuotes, enDashes, frenchSpacing, boilerplate,
                exportDestination, detailsOpen);
    }

    public UiPreferences withDark(boolean d) {
        return new UiPreferences(x, y, width, height, maximized, dividers, d, smartQuotes, enDashes, frenchSpacing,
                boilerplate, exportDestination, detailsOpen);
    }

    public UiPreferences withTyping(boolean quotes, boolean dashes, boolean french, String boiler) {
        return new UiPreferences(x, y, width, height, maximized, dividers, dark, quotes, dashes, french, boiler,
                exportDestination, detailsOpen);
    }

    public UiPreferences withDetailsOpen(boolean open) {
        return new UiPreferences(x, y, width, height, maximized, dividers, dark, smartQuotes, enDashes, frenchSpacing,
                boilerplate, exportDestination, open);
    }

    public UiPreferences withExportDestination(String destination) {
        return new UiPreferences(x, y, width, height, maximized, dividers, dark, smartQuotes, enDashes, frenchSpacing,
                boilerplate, destination, detailsOpen);
    }
}
