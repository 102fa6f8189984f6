package org.newsdesk.model;

import java.util.Arrays;
import java.util.Locale;
import org.newsdesk.i18n.Message;

/** One check of the pre-publish checklist. Each can be switched off per library. */
public enum ChecklistRule {
    HEADLINE("The article has a headline"),
    HEADLINE_LENGTH("The headline is at most " + Article.HEADLINE_SOFT_LIMIT + " characters long"),
    STANDFIRST("The article has a standfirst"),
    TAGS("The article has at least one tag"),
    IMAGE_TEXT("Every image has alt text and a credit"),
    COMMENTS_RESOLVED("Every comment is resolved"),
    NO_EMPTY_PARAGRAPHS("The body has no empty paragraphs"),
    LINK_TEXT("Every link has text"),
    TRANSLATION_COMPLETE("Every block of a translation is translated and none is outdated"),
    /** Off until a library switches it on: it needs the library's agreed names. */
    NAMES_AS_AGREED("Names are written as agreed", false);

    private final String description;
    private final boolean onByDefault;

    ChecklistRule(String description) {
        this(description, true);
    }

    ChecklistRule(String description, boolean onByDefault) {
        this.description = description;
        this.onByDefault = onByDefault;
    }

    /** Whether a library that never switched the rule checks it. */
    public boolean onByDefault() {
        return onByDefault;
    }

    /** The name in settings and on the command line: "headline-length". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What the rule asks for, as a checklist line. */
    public String description() {
        return description;
    }

    /** The bundle key of {@link #description()}, as the window and the command line show it. */
    public String descriptionKey() {
        return switch (this) {
            case HEADLINE -> "checklist.rule.headline";
            case HEADLINE_LENGTH -> "checklist.rule.headlineLength";
            case STANDFIRST -> "checklist.rule.standfirst";
            case TAGS -> "checklist.rule.tags";
            case IMAGE_TEXT -> "checklist.rule.imageText";
            case COMMENTS_RESOLVED -> "checklist.rule.commentsResolved";
            case NO_EMPTY_PARAGRAPHS -> "checklist.rule.noEmptyParagraphs";
            case LINK_TEXT -> "checklist.rule.linkText";
            case TRANSLATION_COMPLETE -> "checklist.rule.translationComplete";
            case NAMES_AS_AGREED -> "checklist.rule.namesAsAgreed";
        };
    }

    public static ChecklistRule parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(key)).findFirst()
                .orElseThrow(() -> new BadInputException(Message.of("error.checklist.unknownRule", text,
                        String.join(", ", Arrays.stream(values()).map(ChecklistRule::key).toList()))));
    }
}
