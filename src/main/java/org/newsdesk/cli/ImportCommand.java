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

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import files, all or nothing; prints the new ids. Reads Markdown (.md, .markdown), plain text"
                + " (.txt), Word (.docx), web pages (.html, .htm, a page saved from a browser with its _files folder),"
                + " Newsdesk articles (.json) and Newsdesk bundles (.zip).",
                "Each article's language is stated by the file, given with --lang, or detected from its text; stderr"
                + " says which, one line per article. Pictures that cannot come along (missing, outside the file's"
                + " folder, broken, on the web) are left out with one warning each; the article still comes in."})
final class ImportCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "L",
            description = "Language of files that do not state theirs (default: detected from the text).")
    String lang;

    @Option(names = "--web-pictures", paramLabel = "drop|link", defaultValue = "drop",
            description = "Pictures on the web are never fetched: drop leaves them out with a note (the default),"
                    + " link keeps each as a link to it.")
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
