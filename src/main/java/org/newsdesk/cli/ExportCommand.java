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

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export articles; prints the files written.",
                "html, fragment, json and ninjs write one file per article into the --out folder "
                        + "(<slug>[-<lang>]<suffix>), or, for one article, to the --out file (a name with an extension); "
                        + "bundle writes one zip. Pictures go beside the files, in images/ (the original and copies 1600, "
                        + "800 and 400 pixels wide); ninjs lists each one with its files, at their address on the site "
                        + "when site.base-url is set. Nothing is left half-written if the export fails."})
final class ExportCommand extends LibraryCommand {
    @Parameters(arity = "0..*", paramLabel = "ID", description = "Articles to export (ids or unique prefixes).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "Export every article.")
    boolean all;

    @Option(names = "--status", paramLabel = "S", description = "Export the articles with this status.")
    String status;

    @Option(names = "--tag", paramLabel = "T", description = "Export the articles with this tag.")
    String tag;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "html, fragment, json, ninjs, markdown or bundle.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Folder, file, or the bundle's zip.")
    Path out;

    @Option(names = "--with-revisions", description = "With --format json: include each article's revisions.")
    boolean withRevisions;

    @Option(names = "--mark-published", description = "With --format bundle: publish the approved articles it holds.")
    boolean markPublished;

    @Option(names = "--allow-embargoed", description = "Export articles whose embargo has not ended yet.")
    boolean allowEmbargoed;

    @Option(names = "--complete-sets-only",
            description = "Only articles whose translation set is complete: every language, translated, up to date.")
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
