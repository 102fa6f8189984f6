package org.newsdesk.cli;

import java.util.List;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Language;
import org.newsdesk.model.SearchHit;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand extends LibraryCommand {
    @Option(names = "--status", paramLabel = "S")
    String status;

    @Option(names = "--tag", paramLabel = "T")
    String tag;

    @Option(names = "--lang", paramLabel = "L")
    String lang;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--waiting-for-me")
    boolean waiting;

    ListCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        ArticleFilter filter = ArticleFilter.all()
                .withStatus(status == null ? null : ArticleStatus.parse(status))
                .withTag(tag)
                .withLanguage(lang == null ? null : Language.of(lang));
        List<SearchHit> hits = library.articles().search(filter);
        if (waiting) {
            java.util.Set<java.util.UUID> mine = new java.util.HashSet<>();
            library.workflow().waitingForMe().forEach(a -> mine.add(a.id()));
            hits = hits.stream().filter(h -> mine.contains(h.article().id())).toList();
        }
        new ArticlePrinter(out(), library.json()).summaries(hits, json, false);
        return ExitCodes.OK;
    }
}
