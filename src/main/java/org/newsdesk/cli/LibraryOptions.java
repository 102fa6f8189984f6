package org.newsdesk.cli;

import java.nio.file.Path;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.service.Library;
import org.newsdesk.service.LibraryLocator;
import org.newsdesk.service.ProfileStore;
import picocli.CommandLine.Option;

/** Options every command takes: which library, and who is acting. */
public final class LibraryOptions {
    @Option(names = "--library", paramLabel = "FILE",
            description = "Library file (default: the library in your data folder).")
    Path library;

    @Option(names = "--as", paramLabel = "NAME", description = "Act as this person instead of your saved profile.")
    String as;

    @Option(names = "--role", paramLabel = "ROLE", description = "press-officer or editor (with --as).")
    String role;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    Library open(CliEnvironment env) {
        ProfileStore profiles = new ProfileStore(env.directories().configDir(), new JsonCodec());
        User user = actingUser(profiles);
        return new LibraryLocator(env.directories(), env.clock()).open(library, () -> user,
                new UpgradeProgressLine(env.err(), System.console() != null));
    }

    private User actingUser(ProfileStore profiles) {
        User saved = profiles.loadOrDefault();
        String name = as == null ? saved.name() : as;
        Role r = role == null ? (as == null ? saved.role() : Role.PRESS_OFFICER) : Role.parse(role);
        return new User(name, r);
    }
}
