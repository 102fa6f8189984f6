package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.NinjsSchema;
import org.newsdesk.export.NinjsWriter;
import org.newsdesk.model.AgreedName;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.ChecklistItem;
import org.newsdesk.model.ChecklistRule;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.NameKind;
import org.newsdesk.model.NameSpelling;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.testing.SharedSpellers;
import org.newsdesk.testing.TestLibrary;

class NamesServiceTest {
    @TempDir
    Path dir;
    private Library library;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib.newsdesk"), new TestLibrary.TickingClock(Instant.EPOCH),
                () -> new User("Eva", Role.EDITOR), SharedSpellers.get());
        library.names().add(new NameSpelling("en", "Salim M. AlMalik", List.of("Salem Al Malik")), NameKind.PERSON, null);
        library.names().add(new NameSpelling("fr", "Salim M. AlMalik", List.of("Salem AlMalek")), NameKind.PERSON,
                "Salim M. AlMalik");
        library.names().add(new NameSpelling("ar", "سالم بن محمد المالك", List.of()), NameKind.PERSON, "Salim M. AlMalik");
        library.names().add(new NameSpelling("en", "ICESCO", List.of("ISESCO")), NameKind.ORGANISATION, null);
        library.names().add(new NameSpelling("ar", "الإيسيسكو", List.of()), NameKind.ORGANISATION, "ICESCO");
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void oneNameHasItsSpellingPerLanguageAndAddingTheSameSpellingAddsVariants() {
        List<AgreedName> names = library.names().list();
        assertThat(names).hasSize(2);
        AgreedName dg = names.get(0);
        assertThat(dg.spellings()).extracting(NameSpelling::language).containsExactly("ar", "en", "fr");
        assertThat(dg.in("fr").orElseThrow().variants()).containsExactly("Salem AlMalek");
        library.names().add(new NameSpelling("en", "ICESCO", List.of("Isesco")), NameKind.ORGANISATION, null);
        assertThat(library.names().list().get(1).in("en").orElseThrow().variants()).containsExactly("ISESCO", "Isesco");
        assertThatThrownBy(() -> library.names().add(new NameSpelling("fr", "X", List.of()), NameKind.PERSON, "Nobody"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Nobody");
    }

    @Test
    void theChecklistRuleIsOffUntilSwitchedOnThenFailsOnVariants() {
        Article a = library.articles().create(Article.draft("Salem Al Malik visits", Language.ENGLISH, Instant.EPOCH));
        assertThat(item(a)).extracting(ChecklistItem::outcome).isEqualTo(ChecklistItem.Outcome.OFF);
        library.checklist().setEnabled(ChecklistRule.NAMES_AS_AGREED, true);
        ChecklistItem on = item(a);
        assertThat(on.failed()).isTrue();
        assertThat(on.problem()).contains("Salem Al Malik").contains("headline").contains("Salim M. AlMalik");
        Article fixed = library.articles().autosave(a.withHeadline("Salim M. AlMalik visits"));
        assertThat(item(fixed).outcome()).isEqualTo(ChecklistItem.Outcome.PASSED);
        // switching another rule off keeps this one on
        library.checklist().setEnabled(ChecklistRule.TAGS, false);
        assertThat(library.checklist().settings().isEnabled(ChecklistRule.NAMES_AS_AGREED)).isTrue();
        library.checklist().setEnabled(ChecklistRule.NAMES_AS_AGREED, false);
        assertThat(item(fixed).outcome()).isEqualTo(ChecklistItem.Outcome.OFF);
    }

    private ChecklistItem item(Article a) {
        return library.checklist().check(a.id()).items().stream()
                .filter(i -> i.rule() == ChecklistRule.NAMES_AS_AGREED).findFirst().orElseThrow();
    }

    @Test
    void ninjsNamesThePeopleAndOrganisationsMentionedAndStillValidates() throws Exception {
        Article ar = library.articles().create(Article.draft("استقبل سالم بن محمد المالك وفدا", Language.of("ar"),
                Instant.EPOCH).withBody(Document.of(Block.paragraph("في مقر الإيسيسكو بالرباط."))));
        String json = new NinjsWriter(library.json(), library.exports().renderer()).write(ar, ImageResolver.none());
        assertThat(new NinjsSchema().problems(json)).as(json).isEmpty();
        JsonNode root = library.json().mapper().readTree(json);
        assertThat(root.path("people").get(0).path("name").asText()).isEqualTo("سالم بن محمد المالك");
        assertThat(root.path("people").get(0).path("rel").asText()).isEqualTo("mentioned");
        assertThat(root.path("organisations").get(0).path("name").asText()).isEqualTo("الإيسيسكو");

        Article en = library.articles().create(Article.draft("Salem Al Malik at ICESCO", Language.ENGLISH, Instant.EPOCH));
        JsonNode english = library.json().mapper().readTree(
                new NinjsWriter(library.json(), library.exports().renderer()).write(en, ImageResolver.none()));
        // a variant still says who is meant, by the agreed name; the same URI ties the languages together
        assertThat(english.path("people").get(0).path("name").asText()).isEqualTo("Salim M. AlMalik");
        assertThat(english.path("people").get(0).path("uri").asText())
                .isEqualTo(root.path("people").get(0).path("uri").asText());
    }

    @Test
    void theHtmlPageListsMentionsWithTheOtherLanguagesSpellingsInJsonLd() throws Exception {
        Article en = library.articles().create(Article.draft("Salim M. AlMalik opens the ICESCO forum",
                Language.ENGLISH, Instant.EPOCH));
        String page = library.exports().renderer().page(en, ImageResolver.none());
        String ld = Jsoup.parse(page).select("script[type=application/ld+json]").first().data();
        JsonNode mentions = library.json().mapper().readTree(ld).path("mentions");
        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).path("@type").asText()).isEqualTo("Person");
        assertThat(mentions.get(0).path("name").asText()).isEqualTo("Salim M. AlMalik");
        assertThat(mentions.get(0).path("alternateName").toString()).contains("\"@language\":\"ar\"")
                .contains("سالم بن محمد المالك").doesNotContain("\"@language\":\"en\"");
        assertThat(mentions.get(1).path("@type").asText()).isEqualTo("Organization");
    }
}
