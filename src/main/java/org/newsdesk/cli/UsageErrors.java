package org.newsdesk.cli;

import java.util.stream.Collectors;
import org.newsdesk.i18n.Message;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command line picocli could not read, said as one sentence in the interface's language: picocli words its
 * errors in English only, so the common ones (an unknown option, a missing one, a value that is not valid) are
 * worded from the bundles; a rarer one is framed by a sentence of the bundles around picocli's English detail.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static Message sentence(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return Message.of("cli.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return Message.of("cli.missing", missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice) {
            return Message.of("cli.twice", name(twice.getOverwritten()));
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return Message.of("cli.exclusive", ex.getMessage());
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg instanceof OptionSpec option && option.longestName().equals("--ui-language") && ex.getValue() != null) {
            return Message.of("cli.badLanguage", ex.getValue());
        }
        if (arg != null && ex.getValue() != null && ex.getCause() instanceof CommandLine.TypeConversionException) {
            return Message.of("cli.invalidValue", ex.getValue(), name(arg));
        }
        return Message.of("cli.unreadable", ex.getMessage()); // picocli's detail, framed in the user's language
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
