package org.newsdesk.cli;

import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Comment;
import org.newsdesk.model.CommentThread;
import org.newsdesk.service.CommentService;
import org.newsdesk.service.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "comment", mixinStandardHelpOptions = true)
final class CommentCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--add", paramLabel = "TEXT")
        String add;

        @Option(names = "--list")
        boolean list;

        @Option(names = "--resolve", paramLabel = "N")
        Integer resolve;

        @Option(names = "--reopen", paramLabel = "N")
        Integer reopen;
    }

    @Option(names = "--quote", paramLabel = "WORDS")
    String quote;

    @Option(names = "--reply", paramLabel = "N")
    Integer reply;

    @Option(names = "--json")
    boolean json;

    CommentCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(Library library) {
        UUID article = library.articles().resolve(id);
        CommentService comments = library.comments();
        if (action.add != null) {
            Comment added;
            if (reply != null) {
                added = comments.reply(comments.byNumber(article, reply).id(), action.add);
            } else if (quote != null) {
                added = comments.addOnQuote(article, action.add, quote);
            } else {
                added = comments.addGeneral(article, action.add);
            }
            out().println(added.number());
        } else if (action.resolve != null) {
            Comment resolved = comments.resolve(comments.byNumber(article, action.resolve).id());
            out().println("Comment " + resolved.number() + " resolved.");
        } else if (action.reopen != null) {
            Comment reopened = comments.reopen(comments.byNumber(article, action.reopen).id());
            out().println("Comment " + reopened.number() + " reopened.");
        } else if (json) {
            out().println(library.json().writePretty(comments.list(article)));
        } else {
            print(comments.threads(article), library.articles().get(article).body().plainText());
        }
        return ExitCodes.OK;
    }

    private void print(List<CommentThread> threads, String body) {
        if (threads.isEmpty()) {
            out().println("No comments.");
        }
        for (CommentThread thread : threads) {
            Comment first = thread.first();
            out().printf("#%d  %s  %s  %s%n", first.number(), first.author(), Times.show(first.createdAt()),
                    first.resolved() ? "resolved" : "open");
            if (!first.quote().isEmpty()) {
                String now = first.anchor().textIn(body);
                out().println("    on \"" + first.quote() + "\"" + (first.anchor().isGeneral() ? " (text since deleted)"
                        : now.equals(first.quote()) ? "" : " (now \"" + now + "\")"));
            }
            out().println("    " + first.text());
            for (Comment reply : thread.replies()) {
                out().printf("    #%d  %s  %s: %s%n", reply.number(), reply.author(), Times.show(reply.createdAt()),
                        reply.text());
            }
        }
    }
}
