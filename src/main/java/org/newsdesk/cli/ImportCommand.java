package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.newsdesk.model.Article;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import .md, .txt, .docx, Newsdesk .json or bundle .zip files (all or nothing); prints the new ids.")
final class ImportCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "en",
            description = "Language of files that do not say (default: en).")
    String lang;

    ImportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        List<Article> imported = library.imports().importFiles(files, Language.of(lang));
        imported.forEach(a -> out().println(a.id()));
        return ExitCodes.OK;
    }
}
