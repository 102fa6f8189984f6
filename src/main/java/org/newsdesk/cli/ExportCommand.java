package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.BadInputException;
import org.newsdesk.service.ExportFormat;
import org.newsdesk.service.ExportRequest;
import org.newsdesk.service.ExportResult;
import org.newsdesk.service.ExportSelection;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends LibraryCommand {
    @Parameters(arity = "0..*", paramLabel = "ID")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all")
    boolean all;

    @Option(names = "--status", paramLabel = "S")
    String status;

    @Option(names = "--tag", paramLabel = "T")
    String tag;

    @Option(names = "--format", required = true, paramLabel = "F")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH")
    Path out;

    @Option(names = "--with-revisions")
    boolean withRevisions;

    @Option(names = "--mark-published")
    boolean markPublished;

    @Option(names = "--allow-embargoed")
    boolean allowEmbargoed;

    @Option(names = "--complete-sets-only")
    boolean completeSetsOnly;

    @Spec
    CommandSpec spec;

    ExportCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        ExportFormat exportFormat = format();
        if (withRevisions && exportFormat != ExportFormat.JSON) {
            throw new ParameterException(spec.commandLine(), env().messages().get("cli.export.withRevisions"));
        }
        if (markPublished && exportFormat != ExportFormat.BUNDLE) {
            throw new ParameterException(spec.commandLine(), env().messages().get("cli.export.markPublished"));
        }
        ExportRequest request = new ExportRequest(selection(library), exportFormat, out, withRevisions,
                allowEmbargoed, completeSetsOnly);
        // a team library's pictures still on the server are fetched with the password every PostgreSQL client finds
        library.sync().address().flatMap(a -> TeamCommand.credentials(env()).find(a))
                .ifPresent(library.teamPictures()::usePassword);
        ProgressBar bar = ProgressBar.forTerminal(err());
        ExportResult result;
        try (CancelOnShutdown cancel = new CancelOnShutdown()) {
            result = library.exports().export(request, bar, cancel::requested);
        } finally {
            bar.finish();
        }
        result.files().forEach(file -> out().println(file));
        result.warnings().forEach(warning -> err().println(env().messages().get("cli.export.warning", warning)));
        if (markPublished) {
            int published = library.workflow().publishApproved(library.exports().select(request.selection()),
                    "Published in " + out.getFileName());
            err().println(env().messages().get("cli.export.published", published));
        }
        return ExitCodes.OK;
    }

    private ExportFormat format() {
        try {
            return ExportFormat.parse(format);
        } catch (BadInputException e) {
            throw new ParameterException(spec.commandLine(), env().messages().text(e.sentence()));
        }
    }

    private ExportSelection selection(Library library) {
        int ways = (ids.isEmpty() ? 0 : 1) + (all ? 1 : 0) + (status == null ? 0 : 1) + (tag == null ? 0 : 1);
        if (ways != 1) {
            throw new ParameterException(spec.commandLine(), env().messages().get("cli.export.oneWay"));
        }
        if (!ids.isEmpty()) {
            List<UUID> resolved = ids.stream().map(id -> library.articles().resolve(id)).toList();
            return ExportSelection.ofIds(resolved);
        }
        if (all) {
            return ExportSelection.all();
        }
        return status != null ? ExportSelection.withStatus(ArticleStatus.parse(status)) : ExportSelection.withTag(tag);
    }
}
