package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.codec.BundleCheck;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.i18n.Messages;
import org.newsdesk.service.BundleVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Needs no library, so it opens none: checking a bundle must not create a default library as a side effect. */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BUNDLE")
    Path bundle;

    private final CliEnvironment env;

    VerifyCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        BundleCheck check = new BundleVerification(new JsonCodec()).verify(bundle);
        if (check.good()) {
            env.out().println(Messages.english().text(check.verdict())); // a line scripts read: always English
            return ExitCodes.OK;
        }
        env.err().println(env.messages().text(check.verdict()));
        return ExitCodes.BAD_INPUT;
    }
}
