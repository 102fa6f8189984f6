package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.i18n.Message;

/** The pre-publish checklist: pure rules over an article, its unresolved comments and the library's settings. */
public final class Checklist {

    public ChecklistResult evaluate(Article article, int unresolvedComments, ChecklistSettings settings) {
        return evaluate(article, unresolvedComments, settings, null, List.of());
    }

    /** @param translation the article against its source when it is a translation in a set, else null */
    public ChecklistResult evaluate(Article article, int unresolvedComments, ChecklistSettings settings,
                                    TranslationComparison translation) {
        return evaluate(article, unresolvedComments, settings, translation, List.of());
    }

    /** @param nameProblems names in the article not written as agreed (see {@link NameFinder#problems}) */
    public ChecklistResult evaluate(Article article, int unresolvedComments, ChecklistSettings settings,
                                    List<Mistake> nameProblems) {
        return evaluate(article, unresolvedComments, settings, null, nameProblems);
    }

    /**
     * @param translation  the article against its source when it is a translation in a set, else null
     * @param nameProblems names in the article not written as agreed (see {@link NameFinder#problems})
     */
    public ChecklistResult evaluate(Article article, int unresolvedComments, ChecklistSettings settings,
                                    TranslationComparison translation, List<Mistake> nameProblems) {
        List<ChecklistItem> items = new ArrayList<>();
        for (ChecklistRule rule : ChecklistRule.values()) {
            if (!settings.isEnabled(rule)) {
                items.add(new ChecklistItem(rule, ChecklistItem.Outcome.OFF, null));
                continue;
            }
            Message problem = rule == ChecklistRule.TRANSLATION_COMPLETE ? translationProblem(translation)
                    : rule == ChecklistRule.NAMES_AS_AGREED ? names(nameProblems)
                    : problem(rule, article, unresolvedComments);
            items.add(problem == null
                    ? new ChecklistItem(rule, ChecklistItem.Outcome.PASSED, null)
                    : new ChecklistItem(rule, ChecklistItem.Outcome.FAILED, problem));
        }
        return new ChecklistResult(items);
    }

    /** Null when the article keeps the rule, else what is wrong. */
    private static Message problem(ChecklistRule rule, Article a, int unresolvedComments) {
        return switch (rule) {
            case HEADLINE -> a.headline().isBlank() ? Message.of("checklist.problem.noHeadline") : null;
            case HEADLINE_LENGTH -> headlineLength(a);
            case STANDFIRST -> a.standfirst().isBlank() ? Message.of("checklist.problem.noStandfirst") : null;
            case TAGS -> a.tags().isEmpty() ? Message.of("checklist.problem.noTags") : null;
            case IMAGE_TEXT -> imageText(a.body());
            case COMMENTS_RESOLVED -> unresolvedComments == 0 ? null
                    : Message.of("checklist.problem.comments", unresolvedComments);
            case NO_EMPTY_PARAGRAPHS -> emptyBlocks(a.body());
            case LINK_TEXT -> linksWithoutText(a.body());
            case TRANSLATION_COMPLETE -> null;
            case NAMES_AS_AGREED -> null; // needs the library's names: see evaluate
        };
    }

    private static Message translationProblem(TranslationComparison t) {
        if (t == null) {
            return null;
        }
        List<Message> faults = new ArrayList<>();
        int untranslated = t.untranslated();
        int outdated = t.outdated();
        if (untranslated > 0) {
            faults.add(Message.of("checklist.problem.untranslated", untranslated));
        }
        if (outdated > 0) {
            faults.add(Message.of("checklist.problem.outdated", outdated));
        }
        return faults.isEmpty() ? null : Message.sentences(faults);
    }

    private static Message names(List<Mistake> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        List<Message> each = new ArrayList<>();
        for (Mistake m : problems) {
            each.add(Message.of("checklist.problem.name", m.word(), m.place().describe(),
                    m.suggestions().isEmpty() ? "" : m.suggestions().get(0)));
        }
        return Message.of("checklist.problem.names", problems.size(), Message.sentences(each));
    }

    private static Message headlineLength(Article a) {
        int length = TextStats.characters(a.headline().strip());
        return length <= Article.HEADLINE_SOFT_LIMIT ? null
                : Message.of("checklist.problem.headlineLength", length, Article.HEADLINE_SOFT_LIMIT);
    }

    private static Message imageText(Document body) {
        List<Message> faults = new ArrayList<>();
        int image = 0;
        for (int i = 0; i < body.blocks().size(); i++) {
            Block b = body.blocks().get(i);
            if (b.type() != BlockType.IMAGE) {
                continue;
            }
            image++;
            boolean noAlt = b.image().altText().isBlank();
            boolean noCredit = b.image().credit().isBlank();
            if (noAlt || noCredit) {
                faults.add(Message.of(noAlt && noCredit ? "checklist.problem.imageNoAltOrCredit"
                        : noAlt ? "checklist.problem.imageNoAlt" : "checklist.problem.imageNoCredit", image, i + 1));
            }
        }
        return faults.isEmpty() ? null : Message.sentences(faults);
    }

    private static Message emptyBlocks(Document body) {
        List<String> where = new ArrayList<>();
        for (int i = 0; i < body.blocks().size(); i++) {
            Block b = body.blocks().get(i);
            if (b.type() != BlockType.IMAGE && b.text().isBlank()) {
                where.add(String.valueOf(i + 1));
            }
        }
        if (where.isEmpty()) {
            return null;
        }
        return Message.of("checklist.problem.emptyBlocks", where.size(), String.join(", ", where));
    }

    private static Message linksWithoutText(Document body) {
        List<String> hrefs = new ArrayList<>();
        for (Block b : body.blocks()) {
            for (TextRun run : b.runs()) {
                if (run.link() != null && run.text().isBlank()) {
                    hrefs.add(run.link());
                }
            }
        }
        return hrefs.isEmpty() ? null : Message.of("checklist.problem.linksWithoutText", hrefs.size(),
                String.join(", ", hrefs));
    }
}
