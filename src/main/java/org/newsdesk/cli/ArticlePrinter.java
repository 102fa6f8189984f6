package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.SearchHit;

/** Prints articles for people (aligned text) or for scripts (JSON). */
final class ArticlePrinter {
    private final PrintWriter out;
    private final JsonCodec json;

    ArticlePrinter(PrintWriter out, JsonCodec json) {
        this.out = out;
        this.json = json;
    }

    void summaries(List<SearchHit> hits, boolean asJson, boolean withSnippets) {
        if (asJson) {
            out.println(json.writePretty(withSnippets
                    ? hits.stream().map(h -> new JsonHit(h.article(), h.snippet("[", "]"))).toList()
                    : hits.stream().map(SearchHit::article).toList()));
            return;
        }
        for (SearchHit hit : hits) {
            var a = hit.article();
            out.printf("%s  %-17s  %-5s  %-10s  %s%n", a.id(), a.status().label(), a.language().tag(),
                    a.date() == null ? "" : a.date(), a.headline().isBlank() ? "(no headline)" : a.headline());
            if (withSnippets && !hit.snippet().isEmpty()) {
                out.println("    " + hit.snippet("[", "]").replace('\n', ' '));
            }
        }
    }

    private record JsonHit(org.newsdesk.model.ArticleSummary article, String snippet) {
    }

    void article(Article a, boolean asJson) {
        if (asJson) {
            out.println(json.writePretty(a));
            return;
        }
        out.println(a.headline());
        if (!a.standfirst().isBlank()) {
            out.println(a.standfirst());
        }
        out.println();
        out.printf("id: %s%nslug: %s%nlanguage: %s%nstatus: %s%nversion: %d%n", a.id(), a.slug(), a.language(),
                a.status().label(), a.version());
        if (!a.dateline().isBlank() || a.date() != null) {
            out.println("dateline: " + a.dateline() + (a.date() == null ? "" : ", " + a.date()));
        }
        if (!a.byline().isBlank()) {
            out.println("byline: " + a.byline());
        }
        if (!a.tags().isEmpty()) {
            out.println("tags: " + String.join(", ", a.tags()));
        }
        if (a.embargo() != null) {
            out.println("embargo: " + java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.embargo()));
        }
        out.println();
        for (Block b : a.body().blocks()) {
            String prefix = switch (b.type()) {
                case HEADING -> "#".repeat(b.level()) + " ";
                case BULLET_ITEM -> "  ".repeat(b.level()) + "- ";
                case NUMBERED_ITEM -> "  ".repeat(b.level()) + "1. ";
                case QUOTE -> "> ";
                case IMAGE -> "[image] ";
                case TABLE -> "[table] ";
                case PARAGRAPH -> "";
            };
            out.println(prefix + b.text());
            out.println();
        }
    }
}
