package org.newsdesk.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.newsdesk.spelling.LanguageToolSpellers;
import org.newsdesk.spelling.Speller;

/** Opens the library a user asked for, or the default one, creating and seeding the default on first start. */
public final class LibraryLocator {
    private final AppDirectories directories;
    private final Clock clock;
    private final Speller speller;

    public LibraryLocator(AppDirectories directories, Clock clock) {
        this(directories, clock, new LanguageToolSpellers());
    }

    /** @param speller the spelling checker the opened library uses (loaded on first use; may be shared) */
    public LibraryLocator(AppDirectories directories, Clock clock, Speller speller) {
        this.directories = directories;
        this.clock = clock;
        this.speller = speller;
    }

    /** {@code requested} may be null: then the default library in the user's data folder. */
    public Library open(Path requested, CurrentUser user) {
        return open(requested, user, org.newsdesk.model.MigrationProgress.NONE);
    }

    /** As {@link #open(Path, CurrentUser)}, telling {@code progress} how an upgrade of an older library goes. */
    public Library open(Path requested, CurrentUser user, org.newsdesk.model.MigrationProgress progress) {
        if (requested != null) {
            return Library.open(requested, clock, user, speller, progress);
        }
        Path file = directories.defaultLibrary();
        boolean firstStart = !Files.exists(file);
        Library library = Library.open(file, clock, user, speller, progress);
        if (firstStart) {
            SampleArticles.seed(library, clock);
        }
        return library;
    }

    public AppDirectories directories() {
        return directories;
    }
}
