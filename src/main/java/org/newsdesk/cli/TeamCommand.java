package org.newsdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.model.PictureFetching;
import org.newsdesk.model.Role;
import org.newsdesk.model.TeamAddress;
import org.newsdesk.model.TeamStatus;
import org.newsdesk.service.Keyring;
import org.newsdesk.service.Library;
import org.newsdesk.service.SyncProgress;
import org.newsdesk.service.TeamCredentials;
import org.newsdesk.service.TeamService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk team init|add-user|join|status}: a team library on a PostgreSQL server. */
@Command(name = "team", mixinStandardHelpOptions = true,
        subcommands = {TeamCommand.Init.class, TeamCommand.AddUser.class, TeamCommand.Join.class,
                TeamCommand.Status.class})
final class TeamCommand {

    static TeamCredentials credentials(CliEnvironment env) {
        return new TeamCredentials(env.variables(), env.home(), Keyring.forThisSystem());
    }

    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "URL")
        String url;

        private final CliEnvironment env;

        Init(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            TeamAddress owner = TeamAddress.parse(url);
            var result = new TeamService(env.clock()).init(owner, credentials(env).find(owner).orElse(null));
            env.out().println(result.before() == 0
                    ? "Team library ready at " + owner.where() + " (server schema " + result.after() + ")."
                    : result.before() == result.after() ? "The team library at " + owner.where()
                    + " is up to date (server schema " + result.after() + ")."
                    : "Upgraded the team library at " + owner.where() + " from server schema " + result.before() + " to "
                    + result.after() + ".");
            env.out().println("Add people with: newsdesk team add-user NAME --role editor|press-officer --server " + owner);
            return ExitCodes.OK;
        }
    }

    @Command(name = "add-user", mixinStandardHelpOptions = true)
    static final class AddUser implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE")
        String role;

        @Option(names = "--server", required = true, paramLabel = "URL")
        String server;

        @Option(names = "--password-file", paramLabel = "FILE")
        Path passwordFile;

        private final CliEnvironment env;

        AddUser(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            TeamAddress owner = TeamAddress.parse(server);
            Role r = Role.parse(role);
            String password = passwordFile == null ? null : readPassword(passwordFile);
            String chosen = new TeamService(env.clock()).addUser(owner, credentials(env).find(owner).orElse(null), name,
                    r, password);
            env.out().println("Added " + name + " (" + r.label() + ") to the team library at " + owner.where() + ".");
            if (password == null) {
                env.out().println(chosen);
            }
            return ExitCodes.OK;
        }

        private static String readPassword(Path file) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                return (nl < 0 ? text : text.substring(0, nl)).strip();
            } catch (IOException e) {
                throw new BadInputException(Message.of("error.cli.passwordFile", file.toString(),
                        String.valueOf(e.getMessage())), e);
            }
        }
    }

    @Command(name = "join", mixinStandardHelpOptions = true)
    static final class Join implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "URL")
        String url;

        @Option(names = "--library", required = true, paramLabel = "FILE")
        Path library;

        @Option(names = "--pictures", paramLabel = "WHEN", defaultValue = "all")
        String pictures;

        private final CliEnvironment env;

        Join(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            TeamAddress address = TeamAddress.parse(url);
            PictureFetching fetching = PictureFetching.parse(pictures);
            ProgressBar bar = ProgressBar.forTerminal(env.err());
            var joined = new TeamService(env.clock()).join(address, credentials(env).find(address).orElse(null),
                    library, null, fetching, new SyncProgress() {
                        @Override
                        public void pulled(int done, int total) {
                            bar.report(done, total);
                        }
                    });
            bar.finish();
            try (Library lib = joined.library()) {
                TeamStatus status = lib.sync().status();
                env.out().println("Joined the team library at " + address.where() + " as " + address.user() + " ("
                        + status.role().label() + "): " + lib.articles().count() + " articles in " + lib.file() + "."
                        + (fetching == PictureFetching.ON_DEMAND ? " Pictures come when first needed ("
                        + lib.teamPictures().missing().size() + " on the server; newsdesk sync --pictures fetches"
                        + " them all)." : ""));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status extends LibraryCommand {
        Status(CliEnvironment env) {
            super(env);
        }

        @Override
        int run(Library library) {
            TeamStatus s = library.sync().status();
            out().println("team library: " + s.address().withUser(""));
            out().println("login: " + s.address().user() + " (" + s.role().label() + ", as the server said at the last sync)");
            out().println("waiting to push: " + s.waiting());
            out().println("last sync: " + (s.lastSync() == null ? "never" : Times.show(s.lastSync())));
            try {
                var members = new TeamService(env().clock()).members(s.address(),
                        credentials(env()).find(s.address()).orElse(null));
                out().println("server: reachable; members: " + String.join(", ", members.stream()
                        .map(m -> m.name() + " (" + m.role().label() + ")").toList()));
            } catch (NewsdeskException e) {
                out().println("server: " + env().messages().text(e.sentence()));
            }
            return ExitCodes.OK;
        }
    }
}
