package org.newsdesk.cli;

import java.util.List;
import org.newsdesk.model.ArticleFilter;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Language;
import org.newsdesk.model.SearchHit;
import org.newsdesk.model.SearchOrder;
import org.newsdesk.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true)
final class SearchCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20")
    int limit;

    @Option(names = "--newest")
    boolean newest;

    @Option(names = "--status", paramLabel = "S")
    String status;

    @Option(names = "--tag", paramLabel = "T")
    String tag;

    @Option(names = "--lang", paramLabel = "L")
    String lang;

    @Option(names = "--json")
    boolean json;

    SearchCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        ArticleFilter filter = ArticleFilter.text(String.join(" ", query))
                .withLimit(limit)
                .withOrder(newest ? SearchOrder.NEWEST : SearchOrder.RELEVANCE)
                .withStatus(status == null ? null : ArticleStatus.parse(status))
                .withTag(tag)
                .withLanguage(lang == null ? null : Language.of(lang));
        List<SearchHit> hits = library.articles().search(filter);
        new ArticlePrinter(out(), library.json()).summaries(hits, json, true);
        return ExitCodes.OK;
    }
}
