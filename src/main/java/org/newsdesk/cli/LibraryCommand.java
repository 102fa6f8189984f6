package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsdesk.service.Library;
import picocli.CommandLine.Mixin;

/** A command that works on a library: opens it, runs, closes it. */
abstract class LibraryCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions options;

    private final CliEnvironment env;

    LibraryCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public final Integer call() throws Exception {
        try (Library library = options.orFrom(parentOptions()).open(env)) {
            return run(library);
        }
    }

    abstract int run(Library library) throws Exception;

    /** A subcommand's parent's options (given before the subcommand's name), or null. */
    LibraryOptions parentOptions() {
        return null;
    }

    PrintWriter out() {
        return env.out();
    }

    PrintWriter err() {
        return env.err();
    }

    CliEnvironment env() {
        return env;
    }

    boolean verbose() {
        return options != null && (options.verbose || parentOptions() != null && parentOptions().verbose);
    }
}
