package org.newsdesk.cli;

import java.nio.file.Path;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.service.Library;
import org.newsdesk.service.LibraryLocator;
import org.newsdesk.service.ProfileStore;
import picocli.CommandLine.Option;

/** Options every command takes: which library, and who is acting. */
public final class LibraryOptions {
    @Option(names = "--library", paramLabel = "FILE")
    Path library;

    @Option(names = "--as", paramLabel = "NAME")
    String as;

    @Option(names = "--role", paramLabel = "ROLE")
    String role;

    @Option(names = "--verbose")
    boolean verbose;

    /** The library file the command works on, without opening it. */
    Path file(CliEnvironment env) {
        return library != null ? library : env.directories().defaultLibrary();
    }

    /** These options, with what is not given here taken from {@code parent} ("dictionary --library F add …"). */
    LibraryOptions orFrom(LibraryOptions parent) {
        if (parent == null) {
            return this;
        }
        LibraryOptions merged = new LibraryOptions();
        merged.library = library != null ? library : parent.library;
        merged.as = as != null ? as : parent.as;
        merged.role = role != null ? role : parent.role;
        merged.verbose = verbose || parent.verbose;
        return merged;
    }

    Library open(CliEnvironment env) {
        ProfileStore profiles = new ProfileStore(env.directories().configDir(), new JsonCodec());
        User user = actingUser(profiles);
        Library opened = new LibraryLocator(env.directories(), env.clock()).open(library, () -> user,
                new UpgradeProgressLine(env.err(), System.console() != null, env.messages()));
        if ((as != null || role != null) && opened.sync().isTeam()) {
            String who = opened.sync().status().address().user();
            opened.close();
            throw new org.newsdesk.model.BadInputException(Message.of("error.cli.teamActsAs", who));
        }
        return opened;
    }

    private User actingUser(ProfileStore profiles) {
        User saved = profiles.loadOrDefault();
        String name = as == null ? saved.name() : as;
        Role r = role == null ? (as == null ? saved.role() : Role.PRESS_OFFICER) : Role.parse(role);
        return new User(name, r);
    }
}
