package org.newsdesk.store.team;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.ArticleStatus;

/**
 * The team server's refusals are raised by its SQL functions in English, the same words for every client and for
 * psql; each laptop says them in its user's language. A sentence not known here (a newer server's) is shown as the
 * server wrote it.
 */
public final class ServerSentences {
    private record Rule(Pattern pattern, Function<Matcher, Message> say) {
    }

    private static final String STATE = "([a-z-]+)";
    private static final List<Rule> RULES = List.of(
            rule("You are not a member of this team library\\.", m -> Message.of("server.notMember")),
            rule("The article is not in the team library\\.", m -> Message.of("server.noArticle")),
            rule("An article enters the team library as a draft of the person who added it\\.",
                    m -> Message.of("server.entersAsDraft")),
            rule("There is no workflow step from " + STATE + " to " + STATE + "\\.",
                    m -> Message.of("server.noStep", state(m.group(1)), state(m.group(2)))),
            rule("The article is " + STATE + " on the team library, not " + STATE + ", so \"(.+)\" was not applied\\.",
                    m -> Message.of("server.moved", state(m.group(1)), state(m.group(2)))),
            rule("Only a press officer can submit an article for review\\.", m -> Message.of("server.submitOnly")),
            rule("A press officer can archive only their own drafts\\.", m -> Message.of("server.archiveOwn")),
            rule("Only an editor can (approve an article|publish an article|reopen an article|request changes"
                    + "|send an article back to draft)\\.", m -> Message.of("server.editorOnly." + m.group(1)
                    .split(" ")[0])),
            rule("Requesting changes needs a note saying what should change\\.", m -> Message.of("server.needsNote")),
            rule("A press officer can (move to the trash|restore from the trash) only drafts and articles with changes"
                    + " requested; this one is " + STATE + "\\.", m -> Message.of(m.group(1).startsWith("move")
                    ? "server.trashRole" : "server.restoreRole", state(m.group(2)))),
            rule("The article is not in the trash of the team library, so it was not deleted\\.",
                    m -> Message.of("server.notInTrash")),
            rule("A press officer can delete for good only drafts and articles with changes requested; this one is "
                    + STATE + "\\.", m -> Message.of("server.purgeRole", state(m.group(1)))));

    private ServerSentences() {
    }

    private static Rule rule(String regex, Function<Matcher, Message> say) {
        return new Rule(Pattern.compile(regex), say);
    }

    /** The server's sentence as a message in the bundles, or as written when it is not one of ours. */
    public static Message of(String serverText) {
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(serverText);
            if (m.matches()) {
                return r.say().apply(m);
            }
        }
        return Message.literal(serverText);
    }

    private static Message state(String label) {
        for (ArticleStatus s : ArticleStatus.values()) {
            if (s.label().equals(label)) {
                return Message.of(s.nameKey());
            }
        }
        return Message.literal(label);
    }
}
