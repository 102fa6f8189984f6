package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.AlignedRow;
import org.newsdesk.model.Article;
import org.newsdesk.model.ArticleStatus;
import org.newsdesk.model.Block;
import org.newsdesk.model.ChecklistItem;
import org.newsdesk.model.ChecklistRule;
import org.newsdesk.model.ConflictException;
import org.newsdesk.model.DiffSegment;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.RowState;
import org.newsdesk.model.TranslationMember;
import org.newsdesk.model.TranslationReport;
import org.newsdesk.model.TranslationSet;
import org.newsdesk.model.TranslationState;
import org.newsdesk.model.WorkflowAction;

class TranslationServiceTest {
    static final Language EN = Language.of("en");
    static final Language FR = Language.of("fr");
    static final Language AR = Language.of("ar");

    @TempDir
    Path dir;
    ReviewFixture f;
    Library lib;
    Article source;

    @BeforeEach
    void open() {
        f = new ReviewFixture(dir.resolve("lib.newsdesk"));
        lib = f.writer;
        source = f.readyDraft();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void translatingCopiesTheArticleBlockByBlockIntoTheSameSetAsNotYetTranslated() {
        Article fr = lib.translations().translate(source.id(), FR);

        assertThat(fr.language()).isEqualTo(FR);
        assertThat(fr.translationGroup()).isEqualTo(source.translationGroup());
        assertThat(fr.headline()).isEqualTo(source.headline());
        assertThat(fr.tags()).isEqualTo(source.tags());
        assertThat(fr.body()).isEqualTo(source.body());
        assertThat(fr.body().blockIds()).isEqualTo(source.body().blockIds());
        assertThat(fr.status()).isEqualTo(ArticleStatus.DRAFT);

        TranslationReport report = lib.translations().report(fr.id()).orElseThrow();
        assertThat(report.comparison().rows()).extracting(AlignedRow::state).containsOnly(RowState.UNTRANSLATED);
        assertThat(report.comparison().untranslated()).isEqualTo(4); // headline, standfirst, two paragraphs
        assertThat(report.comparison().isOutdated()).isFalse();
    }

    @Test
    void theSetListsEveryLanguageWithIdStatusAndStateAndMissingOnes() {
        Article fr = lib.translations().translate(source.id(), FR);

        TranslationSet set = lib.translations().set(fr.id());

        assertThat(set.sourceId()).isEqualTo(source.id());
        assertThat(set.members()).extracting(m -> m.language().tag()).containsExactly("en", "fr", "ar");
        assertThat(set.members()).extracting(TranslationMember::state)
                .containsExactly(TranslationState.UP_TO_DATE, TranslationState.UP_TO_DATE, TranslationState.MISSING);
        assertThat(set.members().get(1).articleId()).isEqualTo(fr.id());
        assertThat(set.members().get(1).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(set.isComplete()).isFalse();
    }

    @Test
    void editingOneSourceParagraphMakesExactlyThatBlockOutdatedWithItsWordDiff() {
        Article fr = translateEverything(lib.translations().translate(source.id(), FR));
        Block second = source.body().blocks().get(1);
        Article stored = lib.articles().get(source.id());
        List<Block> blocks = new ArrayList<>(stored.body().blocks());
        blocks.set(1, second.withRuns(List.of(org.newsdesk.model.TextRun.plain(
                "Pupils study old monuments near their schools."))));
        lib.articles().save(stored.withBody(new Document(blocks)), "edit");

        TranslationMember member = lib.translations().set(source.id()).member(fr.id()).orElseThrow();
        assertThat(member.state()).isEqualTo(TranslationState.OUTDATED);
        assertThat(member.changedSource()).containsExactly(second.id());

        TranslationReport report = lib.translations().report(fr.id()).orElseThrow();
        assertThat(report.comparison().rows()).extracting(AlignedRow::state).containsExactly(
                RowState.UP_TO_DATE, RowState.UP_TO_DATE, RowState.UP_TO_DATE, RowState.OUTDATED);
        assertThat(report.change(second.id())).contains(DiffSegment.inserted("old "));

        lib.translations().markUpdated(fr.id(), List.of(second.id()));
        assertThat(lib.translations().set(fr.id()).member(fr.id()).orElseThrow().state())
                .isEqualTo(TranslationState.UP_TO_DATE);
    }

    @Test
    void blocksAddedAndRemovedInTheSourceCountAsOutdatedAndMarkingUpdatedCopiesTheNewOne() {
        Article fr = translateEverything(lib.translations().translate(source.id(), FR));
        Article stored = lib.articles().get(source.id());
        Block added = Block.paragraph("A third paragraph arrives.");
        lib.articles().save(stored.withBody(new Document(List.of(stored.body().blocks().get(1), added))), "edit");
        Article now = lib.articles().get(source.id());
        String addedId = now.body().blocks().get(1).id();
        String removedId = stored.body().blocks().get(0).id();

        TranslationMember member = lib.translations().set(fr.id()).member(fr.id()).orElseThrow();
        assertThat(member.changedSource()).containsExactlyInAnyOrder(addedId, removedId);

        Article updated = lib.translations().markAllUpdated(fr.id());
        assertThat(updated.body().blocks()).hasSize(3);
        assertThat(updated.body().blocks().get(2).text()).isEqualTo("A third paragraph arrives.");
        TranslationReport report = lib.translations().report(fr.id()).orElseThrow();
        assertThat(report.comparison().isOutdated()).isFalse();
        assertThat(report.comparison().untranslated()).isEqualTo(1); // the copied paragraph waits for a translator
    }

    @Test
    void blockIdsSurviveSavesRevisionsAndReordering() {
        Article stored = lib.articles().get(source.id());
        List<String> ids = stored.body().blockIds();
        List<Block> reversed = new ArrayList<>(stored.body().blocks());
        java.util.Collections.reverse(reversed);
        Article saved = lib.articles().save(stored.withBody(new Document(reversed)), "reorder");

        assertThat(lib.articles().get(source.id()).body().blockIds()).containsExactly(ids.get(1), ids.get(0));
        int last = lib.articles().revisions(source.id()).size();
        assertThat(lib.articles().revision(source.id(), last).snapshot().body().blockIds())
                .isEqualTo(saved.body().blockIds());
    }

    @Test
    void refusedLinksChangeNothing() {
        Article fr = lib.translations().translate(source.id(), FR);
        Article otherFr = lib.articles().create(Article.draft("Autre", FR, java.time.Instant.EPOCH));
        Article lone = lib.articles().create(Article.draft("Alone", EN, java.time.Instant.EPOCH));
        Article ar = lib.articles().create(Article.draft("عربي", AR, java.time.Instant.EPOCH));
        Article otherSetAr = lib.articles().create(Article.draft("عربي آخر", AR, java.time.Instant.EPOCH));
        lib.translations().link(lone.id(), List.of(otherSetAr.id()));

        assertThatThrownBy(() -> lib.translations().translate(source.id(), EN))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already in English");
        assertThatThrownBy(() -> lib.translations().translate(fr.id(), FR)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> lib.translations().link(source.id(), List.of(ar.id(), otherFr.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already has a French article");
        assertThatThrownBy(() -> lib.translations().link(source.id(), List.of(otherSetAr.id())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("another translation set");

        assertThat(lib.translations().set(source.id()).present()).extracting(TranslationMember::articleId)
                .containsExactly(source.id(), fr.id()); // the Arabic article before the refused one did not join
        assertThat(lib.articles().get(ar.id()).translationGroup()).isEqualTo(ar.translationGroup());
    }

    @Test
    void linkingImportedArticlesMakesThemUpToDateTranslationsAndUnlinkTakesOneOut() {
        Article fr = lib.articles().create(Article.draft("Salles de classe", FR, java.time.Instant.EPOCH)
                .withBody(Document.of(Block.paragraph("Un."), Block.paragraph("Deux."))));
        Article ar = lib.articles().create(Article.draft("فصول", AR, java.time.Instant.EPOCH)
                .withStandfirst("أربعون مدرسة").withBody(Document.of(Block.paragraph("واحد."))));

        TranslationSet set = lib.translations().link(source.id(), List.of(fr.id(), ar.id()));
        assertThat(set.present()).hasSize(3);
        assertThat(set.member(fr.id()).orElseThrow().state()).isEqualTo(TranslationState.UP_TO_DATE);
        assertThat(lib.translations().report(fr.id()).orElseThrow().comparison().untranslated()).isZero();
        // paired by position: the Arabic article has one paragraph for the source's two
        assertThat(set.member(ar.id()).orElseThrow().changedSource())
                .containsExactly(source.body().blocks().get(1).id());

        lib.translations().unlink(ar.id());
        assertThat(lib.translations().set(source.id()).present()).extracting(TranslationMember::articleId)
                .containsExactly(source.id(), fr.id());
        assertThat(lib.translations().set(ar.id()).present()).hasSize(1);
        assertThatThrownBy(() -> lib.translations().unlink(ar.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void deletingTheSourceKeepsItsTranslationsAndMovesTheDefaultToAnotherMember() {
        Article fr = lib.translations().translate(source.id(), FR);
        Article ar = lib.translations().translate(source.id(), AR);

        lib.articles().trash(source.id());

        TranslationSet set = lib.translations().set(fr.id());
        assertThat(set.present()).extracting(TranslationMember::articleId).containsExactly(fr.id(), ar.id());
        assertThat(set.sourceId()).isEqualTo(fr.id());
        assertThat(set.members()).filteredOn(m -> m.language().equals(EN)).extracting(TranslationMember::state)
                .containsExactly(TranslationState.MISSING);
    }

    @Test
    void theChecklistRefusesATranslationWithUntranslatedOrOutdatedBlocks() {
        Article fr = lib.translations().translate(source.id(), FR);
        ChecklistItem item = lib.checklist().check(fr.id()).items().stream()
                .filter(i -> i.rule() == ChecklistRule.TRANSLATION_COMPLETE).findFirst().orElseThrow();
        assertThat(item.outcome()).isEqualTo(ChecklistItem.Outcome.FAILED);
        assertThat(item.problem()).isEqualTo("4 blocks are not yet translated.");

        Article done = translateEverything(fr);
        assertThat(lib.checklist().check(done.id()).passed()).isTrue();
        assertThat(lib.checklist().check(source.id()).passed()).isTrue(); // the source is no translation
    }

    @Test
    void anEditorPublishesAWholeSetInOneStepOrNothing() {
        Article fr = translateEverything(lib.translations().translate(source.id(), FR));
        lib.workflow().transition(source.id(), WorkflowAction.SUBMIT, null);

        assertThatThrownBy(() -> f.editor.translations().approveAndPublishSet(source.id(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("French").hasMessageContaining("draft");
        assertThat(lib.articles().get(source.id()).status()).isEqualTo(ArticleStatus.IN_REVIEW);

        lib.workflow().transition(fr.id(), WorkflowAction.SUBMIT, null);
        assertThatThrownBy(() -> lib.translations().approveAndPublishSet(source.id(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Only an editor");

        List<Article> published = f.editor.translations().approveAndPublishSet(fr.id(), "Release");
        assertThat(published).extracting(Article::status).containsOnly(ArticleStatus.PUBLISHED);
        assertThat(published).extracting(Article::id).containsExactlyInAnyOrder(source.id(), fr.id());
    }

    /** The translator's work: every unit in French, saved. */
    private Article translateEverything(Article fr) {
        Article current = lib.articles().get(fr.id());
        List<Block> blocks = new ArrayList<>();
        for (Block b : current.body().blocks()) {
            blocks.add(b.withRuns(List.of(org.newsdesk.model.TextRun.plain("FR " + b.text()))));
        }
        return lib.articles().save(current.withHeadline("FR " + current.headline())
                .withStandfirst("FR " + current.standfirst()).withBody(new Document(blocks)), "translated");
    }
}
