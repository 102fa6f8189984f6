package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.i18n.Messages;
import org.newsdesk.importer.WebPictures;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.ImportOptions;
import org.newsdesk.service.ImportPlan;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "L")
    String lang;

    @Option(names = "--web-pictures", paramLabel = "drop|link", defaultValue = "drop")
    String webPictures;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    ImportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        WebPictures web = switch (webPictures.toLowerCase(java.util.Locale.ROOT)) {
            case "drop" -> WebPictures.DROP;
            case "link" -> WebPictures.LINK;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    env().messages().get("cli.import.webPictures", webPictures));
        };
        Optional<Language> language = lang == null ? Optional.empty() : Optional.of(Language.of(lang));
        ImportPlan plan = library.imports().read(files, new ImportOptions(language, web));
        List<Article> imported = library.imports().store(plan);
        imported.forEach(a -> out().println(a.id()));
        Messages t = env().messages();
        for (ImportPlan.Item item : plan.items()) {
            // the words the window's import summary uses for where the language came from
            err().println(t.get("cli.import.language", item.file().getFileName().toString(), item.language().toString(),
                    t.get("importSummary.source." + item.source().name().toLowerCase(Locale.ROOT))));
            item.warnings().forEach(warning -> err().println(t.text(warning.message())));
        }
        return ExitCodes.OK;
    }
}
