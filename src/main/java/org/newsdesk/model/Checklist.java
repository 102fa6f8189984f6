package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;

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
                items.add(new ChecklistItem(rule, ChecklistItem.Outcome.OFF, ""));
                continue;
            }
            String problem = rule == ChecklistRule.TRANSLATION_COMPLETE ? translationProblem(translation)
                    : rule == ChecklistRule.NAMES_AS_AGREED ? names(nameProblems)
                    : problem(rule, article, unresolvedComments);
            items.add(problem == null
                    ? new ChecklistItem(rule, ChecklistItem.Outcome.PASSED, "")
                    : new ChecklistItem(rule, ChecklistItem.Outcome.FAILED, problem));
        }
        return new ChecklistResult(items);
    }

    /** Null when the article keeps the rule, else what is wrong. */
    private static String problem(ChecklistRule rule, Article a, int unresolvedComments) {
        return switch (rule) {
            case HEADLINE -> a.headline().isBlank() ? "The article has no headline." : null;
            case HEADLINE_LENGTH -> headlineLength(a);
            case STANDFIRST -> a.standfirst().isBlank() ? "The article has no standfirst." : null;
            case TAGS -> a.tags().isEmpty() ? "The article has no tags." : null;
            case IMAGE_TEXT -> imageText(a.body());
            case COMMENTS_RESOLVED -> unresolvedComments == 0 ? null : unresolvedComments == 1
                    ? "One comment is not resolved."
                    : unresolvedComments + " comments are not resolved.";
            case NO_EMPTY_PARAGRAPHS -> emptyBlocks(a.body());
            case LINK_TEXT -> linksWithoutText(a.body());
            case TRANSLATION_COMPLETE -> null;
            case NAMES_AS_AGREED -> null; // needs the library's names: see evaluate
        };
    }

    private static String translationProblem(TranslationComparison t) {
        if (t == null) {
            return null;
        }
        List<String> faults = new ArrayList<>();
        int untranslated = t.untranslated();
        int outdated = t.outdated();
        if (untranslated > 0) {
            faults.add(untranslated == 1 ? "one block is not yet translated" : untranslated + " blocks are not yet translated");
        }
        if (outdated > 0) {
            faults.add(outdated == 1 ? "one block is outdated (its source changed)"
                    : outdated + " blocks are outdated (their source changed)");
        }
        return faults.isEmpty() ? null : capitalise(String.join("; ", faults)) + ".";
    }

    private static String names(List<Mistake> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        List<String> each = new ArrayList<>();
        for (Mistake m : problems) {
            each.add("\u201C" + m.word() + "\u201D (" + m.place().describe() + ") should be \u201C"
                    + (m.suggestions().isEmpty() ? "" : m.suggestions().get(0)) + "\u201D");
        }
        return (problems.size() == 1 ? "A name is not written as agreed: " : "Names are not written as agreed: ")
                + String.join("; ", each) + ".";
    }

    private static String headlineLength(Article a) {
        int length = TextStats.characters(a.headline().strip());
        return length <= Article.HEADLINE_SOFT_LIMIT ? null
                : "The headline is " + length + " characters long, more than " + Article.HEADLINE_SOFT_LIMIT + ".";
    }

    private static String imageText(Document body) {
        List<String> faults = new ArrayList<>();
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
                String missing = noAlt && noCredit ? "alt text or credit" : noAlt ? "alt text" : "credit";
                faults.add("image " + image + " (block " + (i + 1) + ") has no " + missing);
            }
        }
        return faults.isEmpty() ? null : capitalise(String.join("; ", faults)) + ".";
    }

    private static String emptyBlocks(Document body) {
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
        return (where.size() == 1 ? "Block " : "Blocks ") + String.join(", ", where)
                + (where.size() == 1 ? " is empty." : " are empty.");
    }

    private static String linksWithoutText(Document body) {
        List<String> hrefs = new ArrayList<>();
        for (Block b : body.blocks()) {
            for (TextRun run : b.runs()) {
                if (run.link() != null && run.text().isBlank()) {
                    hrefs.add(run.link());
                }
            }
        }
        return hrefs.isEmpty() ? null : (hrefs.size() == 1 ? "A link has no text: " : "Links have no text: ")
                + String.join(", ", hrefs) + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
