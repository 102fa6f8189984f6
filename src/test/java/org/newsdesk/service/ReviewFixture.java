package org.newsdesk.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.testing.TestLibrary;

/**
 * One library file opened as several people (a writer, a second press officer, an editor), the way a newsroom
 * shares a library; each {@link Library} acts as its user.
 */
final class ReviewFixture implements AutoCloseable {
    static final User WRITER = new User("Sara Writer", Role.PRESS_OFFICER);
    static final User OTHER_WRITER = new User("Omar Writer", Role.PRESS_OFFICER);
    static final User EDITOR = new User("Eva Editor", Role.EDITOR);

    final Library writer;
    final Library otherWriter;
    final Library editor;

    ReviewFixture(Path file) {
        // one clock for everybody: people sharing a library share the time
        TestLibrary.TickingClock clock = new TestLibrary.TickingClock(Instant.parse("2026-03-01T09:00:00Z"));
        writer = Library.open(file, clock, () -> WRITER);
        otherWriter = Library.open(file, clock, () -> OTHER_WRITER);
        editor = Library.open(file, clock, () -> EDITOR);
    }

    /** A draft by the writer that passes every checklist rule. */
    Article readyDraft() {
        return writer.articles().create(readyDraftCopy());
    }

    /** The content of {@link #readyDraft()}, not stored. */
    Article readyDraftCopy() {
        return (Article.draft("Heritage classrooms open", Language.of("en"), Instant.EPOCH)
                .withStandfirst("Forty schools in six countries.")
                .withTags(List.of("Education"))
                .withBody(Document.of(Block.paragraph("The quick brown fox jumps over the lazy dog."),
                        Block.paragraph("Pupils study monuments near their schools."))));
    }

    @Override
    public void close() {
        writer.close();
        otherWriter.close();
        editor.close();
    }
}
