package org.newsdesk;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A file the desktop hands to the launcher when someone opens it in a file manager or mail program: a library
 * ({@code .newsdesk}) opens the window on it, a review package ({@code .newsdesk-review}) opens the window and
 * imports it. The desktop passes it bare (Windows {@code "%1"}, Linux {@code %f}), sometimes as a
 * {@code file:} URI; this turns it into the launch options the window already understands.
 */
public record LaunchFile(Kind kind, Path path) {
    /** The launch option that asks the window to import a review package once it is shown. */
    public static final String IMPORT_REVIEW = "--import-review";

    /** What the file is, by its extension. */
    public enum Kind {
        LIBRARY(".newsdesk", "--library"),
        REVIEW(".newsdesk-review", IMPORT_REVIEW);

        private final String extension;
        private final String option;

        Kind(String extension, String option) {
            this.extension = extension;
            this.option = option;
        }

        public String extension() {
            return extension;
        }

        /** The launch option that does the same as opening a file of this kind. */
        public String option() {
            return option;
        }
    }

    /** Launch options followed by a value (so the value is not mistaken for a file). */
    private static final Set<String> OPTIONS_WITH_VALUES = Set.of("--library", "--open", "--as", "--role",
            "--ui-language", IMPORT_REVIEW);

    /** The file named by {@code argument} if it is a library or a review package by its extension. */
    public static Optional<LaunchFile> of(String argument) {
        if (argument == null || argument.isBlank() || argument.startsWith("-")) {
            return Optional.empty();
        }
        String lower = argument.toLowerCase(Locale.ROOT);
        for (Kind kind : Kind.values()) {
            if (lower.endsWith(kind.extension())) {
                return toPath(argument).map(path -> new LaunchFile(kind, path));
            }
        }
        return Optional.empty();
    }

    /**
     * The arguments with a library or review package named as the first bare argument replaced by its launch
     * option ({@code x.newsdesk} → {@code --library x.newsdesk}); any other arguments (commands) are returned
     * unchanged, so the command line keeps its meaning.
     */
    public static String[] toOptions(String[] args) {
        List<String> out = new ArrayList<>(List.of(args));
        for (int i = 0; i < out.size(); i++) {
            String a = out.get(i);
            if (OPTIONS_WITH_VALUES.contains(a)) {
                i++; // skip its value
            } else if (!a.startsWith("-")) {
                Optional<LaunchFile> file = of(a);
                if (file.isEmpty()) {
                    return args; // the first bare word is a command (or a foreign file): not ours to change
                }
                out.set(i, file.get().path().toString());
                out.add(i, file.get().kind().option());
                return out.toArray(String[]::new);
            }
        }
        return args;
    }

    /** The review package the launch options ask to import ({@code --import-review FILE}), if any. */
    public static Optional<Path> reviewToImport(List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            String a = options.get(i);
            if (a.startsWith(IMPORT_REVIEW + "=")) {
                return toPath(a.substring(IMPORT_REVIEW.length() + 1));
            }
            if (a.equals(IMPORT_REVIEW) && i + 1 < options.size()) {
                return toPath(options.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** A plain path, or a {@code file:} URI as desktop environments pass for %u/%U. */
    private static Optional<Path> toPath(String argument) {
        try {
            if (argument.regionMatches(true, 0, "file:", 0, 5)) {
                return Optional.of(Path.of(URI.create(argument)));
            }
            return Optional.of(Path.of(argument));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) { // incl. InvalidPathException
            return Optional.empty(); // not a name this system can open: let the command line explain
        }
    }
}
