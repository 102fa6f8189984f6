package org.newsdesk.model;

/**
 * A source unit beside its translation. Either side may be missing (null).
 *
 * @param sourceUnitId the id of the source unit the row stands for (also when that unit is gone); null for a unit
 *                     only the translation has
 * @param sourceThen   the source unit's text when it was translated; null without a link
 */
public record AlignedRow(TranslationUnit source, TranslationUnit translation, RowState state, String sourceUnitId,
                         String sourceThen) {
}
