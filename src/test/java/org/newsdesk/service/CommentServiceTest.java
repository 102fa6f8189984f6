package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.codec.NativeArticleWriter;
import org.newsdesk.export.NinjsWriter;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Block;
import org.newsdesk.model.Comment;
import org.newsdesk.model.CommentThread;
import org.newsdesk.model.Document;
import org.newsdesk.render.HtmlRenderer;
import org.newsdesk.render.ImageResolver;
import org.newsdesk.render.PageOptions;
import org.newsdesk.render.Templates;

class CommentServiceTest {
    @TempDir
    Path dir;
    ReviewFixture f;
    Article article;

    @BeforeEach
    void open() {
        f = new ReviewFixture(dir.resolve("lib.newsdesk"));
        article = f.readyDraft();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private String body() {
        return f.writer.articles().get(article.id()).body().plainText();
    }

    @Test
    void aCommentOnAQuoteRemembersWhereAndWhatAndWhoAndWhen() {
        Comment c = f.editor.comments().addOnQuote(article.id(), "Which fox?", "brown fox");
        assertThat(c.number()).isEqualTo(1);
        assertThat(c.author()).isEqualTo("Eva Editor");
        assertThat(c.quote()).isEqualTo("brown fox");
        assertThat(c.anchor().textIn(body())).isEqualTo("brown fox");
        assertThat(c.createdAt()).isNotNull();
        assertThat(f.writer.comments().list(article.id())).containsExactly(c);
    }

    @Test
    void aQuoteMustBeInTheBodyExactlyOnce() {
        assertThatThrownBy(() -> f.editor.comments().addOnQuote(article.id(), "x", "purple fox"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not in the body");
        assertThatThrownBy(() -> f.editor.comments().addOnQuote(article.id(), "x", "the"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("appears 2 times");
        Comment acrossParagraphs = f.editor.comments().addOnQuote(article.id(), "x", "dog. Pupils");
        assertThat(acrossParagraphs.quote()).isEqualTo("dog.\n\nPupils");
    }

    @Test
    void anchorsFollowTheTextAsItIsEditedAndSaved() {
        Comment fox = f.editor.comments().addOnQuote(article.id(), "Which fox?", "brown fox");
        Comment pupils = f.editor.comments().addOnQuote(article.id(), "How many?", "Pupils study");
        Article stored = f.writer.articles().get(article.id());
        // typing before, inside, and deleting a whole commented range, in one autosave
        f.writer.articles().autosave(stored.withBody(Document.of(
                Block.paragraph("Today the quick brown and clever fox jumps over the lazy dog."),
                Block.paragraph("Many monuments near their schools."))));
        List<Comment> after = f.writer.comments().list(article.id());
        assertThat(after.get(0).anchor().textIn(body())).isEqualTo("brown and clever fox");
        assertThat(after.get(1).anchor()).isEqualTo(Anchor.GENERAL);
        assertThat(after.get(1).quote()).isEqualTo("Pupils study");
        assertThat(after).extracting(Comment::id).containsExactly(fox.id(), pupils.id());
    }

    @Test
    void anAnchorNeverStartsOrEndsWithTheSpaceLeftByADeletedWord() {
        f.editor.comments().addOnQuote(article.id(), "Which fox?", "brown fox");
        Article stored = f.writer.articles().get(article.id());
        f.writer.articles().save(stored.withBody(Document.of(Block.paragraph("The quick red fox jumps over the lazy dog."),
                Block.paragraph("Pupils study monuments near their schools."))), "red");
        assertThat(f.writer.comments().list(article.id()).get(0).anchor().textIn(body())).isEqualTo("fox");
    }

    @Test
    void repliesFormThreadsAndResolvingAReplyResolvesItsThread() {
        Comment first = f.editor.comments().addOnQuote(article.id(), "Which fox?", "brown fox");
        Comment reply = f.writer.comments().reply(first.id(), "The red one.");
        Comment general = f.editor.comments().addGeneral(article.id(), "Nice piece overall.");
        assertThat(f.editor.comments().unresolvedCount(article.id())).isEqualTo(2);
        Comment resolved = f.editor.comments().resolve(reply.id());
        assertThat(resolved.id()).isEqualTo(first.id());
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.stateChangedBy()).isEqualTo("Eva Editor");
        List<CommentThread> threads = f.editor.comments().threads(article.id());
        assertThat(threads).hasSize(2);
        assertThat(threads.get(0).replies()).extracting(Comment::text).containsExactly("The red one.");
        assertThat(threads.get(0).resolved()).isTrue();
        assertThat(f.editor.comments().unresolvedCount(article.id())).isEqualTo(1);
        f.writer.comments().reopen(first.id());
        assertThat(f.editor.comments().unresolvedCount(article.id())).isEqualTo(2);
        assertThat(f.editor.comments().byNumber(article.id(), 3).id()).isEqualTo(general.id());
    }

    @Test
    void commentsNeverAppearInAnyExport() {
        String secret = "CONFIDENTIAL-REVIEW-REMARK";
        Comment c = f.editor.comments().addOnQuote(article.id(), secret + " about the fox", "brown fox");
        f.writer.comments().reply(c.id(), secret + " reply");
        Article stored = f.writer.articles().get(article.id());
        var json = f.writer.json();
        HtmlRenderer renderer = new HtmlRenderer(Templates.builtIn(), PageOptions.none(), json);
        List<String> outputs = List.of(
                new NativeArticleWriter(json).write(stored, f.writer.history().history(stored.id()).revisions().stream()
                        .map(r -> f.writer.articles().revision(stored.id(), r.number())).toList()),
                f.writer.preview().page(stored),
                renderer.fragment(stored, ImageResolver.none()),
                new NinjsWriter(json, renderer).write(stored, ImageResolver.none()));
        assertThat(outputs).allSatisfy(out -> assertThat(out).contains("brown fox").doesNotContain(secret));
    }
}
