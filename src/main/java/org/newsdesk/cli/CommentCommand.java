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

@Command(name = "comment", mixinStandardHelpOptions = true,
        description = {"Add, list, resolve or reopen review comments. Comments never appear in exports.",
                "  comment ID --add TEXT --quote \"words in the body\"   comment on those words",
                "  comment ID --add TEXT                             a general comment",
                "  comment ID --add TEXT --reply N                   reply in comment N's thread",
                "  comment ID --list | --resolve N | --reopen N"})
final class CommentCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Article id (or a unique prefix of it).")
    String id;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--add", paramLabel = "TEXT", description = "Add a comment; prints its number.")
        String add;

        @Option(names = "--list", description = "List the comments, thread by thread.")
        boolean list;

        @Option(names = "--resolve", paramLabel = "N", description = "Resolve the thread of comment N.")
        Integer resolve;

        @Option(names = "--reopen", paramLabel = "N", description = "Reopen the thread of comment N.")
        Integer reopen;
    }

    @Option(names = "--quote", paramLabel = "WORDS", description = "With --add: the words of the body commented on.")
    String quote;

    @Option(names = "--reply", paramLabel = "N", description = "With --add: reply to comment N.")
    Integer reply;

    @Option(names = "--json", description = "With --list: print JSON.")
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
