package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EmbargoTest {
    private final Article article = Article.draft("Budget talks", Language.of("en"), Instant.EPOCH)
            .withEmbargo(OffsetDateTime.parse("2026-05-01T09:00+02:00"));

    @Test
    void embargoedUntilTheInstantItselfWhateverTheOffset() {
        assertThat(Embargo.isEmbargoed(article, Instant.parse("2026-05-01T06:59:59Z"))).isTrue();
        assertThat(Embargo.isEmbargoed(article, Instant.parse("2026-05-01T07:00:00Z"))).isFalse();
        assertThat(Embargo.isEmbargoed(article.withEmbargo(null), Instant.EPOCH)).isFalse();
    }

    @Test
    void releasingBeforeTheEmbargoIsRefusedUnlessAllowed() {
        Instant early = Instant.parse("2026-04-30T12:00:00Z");
        assertThatThrownBy(() -> Embargo.checkReleasable(article, early, false)).isInstanceOf(ConflictException.class)
                .hasMessage("The article \"Budget talks\" is under embargo until 2026-05-01T09:00:00+02:00 and was not"
                        + " exported; allow embargoed articles to export it anyway.");
        Embargo.checkReleasable(article, early, true);
        Embargo.checkReleasable(article, Instant.parse("2026-05-02T00:00:00Z"), false);
    }

    @Test
    void quotesAndRevisionNamesParseAsPeopleWriteThem() {
        assertThat(QuoteFinder.find("The minister\n\nsigned it.", "minister signed")).isEqualTo(new Anchor(4, 20));
        assertThat(RevisionRef.parse("current")).isEqualTo(RevisionRef.CURRENT);
        assertThat(RevisionRef.parse(" 3 ")).isEqualTo(RevisionRef.number(3));
        assertThatThrownBy(() -> RevisionRef.parse("0")).isInstanceOf(BadInputException.class);
        assertThat(new Anchor(2, 8).trimmedIn("ab  cd  ef")).isEqualTo(new Anchor(4, 6));
        assertThat(new Anchor(2, 4).trimmedIn("ab  cd")).isEqualTo(Anchor.GENERAL);
    }
}
