package org.newsdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.newsdesk.model.Article;
import org.newsdesk.model.Block;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.model.WorkflowAction;
import org.newsdesk.service.Library;

/**
 * A review under way, for screenshots: a press officer wrote and submitted an article, an editor commented on two
 * places and asked for changes, the writer fixed one, answered both, resolved one and submitted again.
 */
final class ReviewScenario {
    static final User WRITER = new User("Amina Haddad", Role.PRESS_OFFICER);
    static final User EDITOR = new User("Jonas Berg", Role.EDITOR);

    private ReviewScenario() {
    }

    static UUID create(Path file) {
        Clock clock = new StepClock(Instant.now().minus(Duration.ofHours(5)), Duration.ofMinutes(6));
        try (Library writer = Library.open(file, clock, () -> WRITER);
             Library editor = Library.open(file, clock, () -> EDITOR)) {
            Article draft = writer.articles().create(Article.draft("Heritage classrooms open in six countries",
                            Language.ENGLISH, Instant.now())
                    .withStandfirst("Pupils in six countries will study the monuments near their schools.")
                    .withDateline("Paris").withDate(java.time.LocalDate.now()).withByline(WRITER.name()).withTags(List.of("Education", "Heritage"))
                    .withBody(Document.of(
                            Block.paragraph("Forty schools in six countries open heritage classrooms this spring, "
                                    + "where pupils study the monuments and traditions of their own towns."),
                            Block.paragraph("Teachers trained by UNESCO experts will guide weekly visits to "
                                    + "historic sites, from Roman bridges to medina markets."),
                            Block.heading(3, "A network that grows"),
                            Block.paragraph("The programme hopes to reach a hundred schools by 2028."))));
            UUID id = draft.id();
            writer.articles().save(writer.articles().get(id), "First draft");
            writer.workflow().transition(id, WorkflowAction.SUBMIT, null);

            Comment figure = editor.comments().addOnQuote(id, "The ministry's list has 38 schools: please check.",
                    "Forty schools");
            editor.comments().addOnQuote(id, "Spell out the organisation on first mention.", "UNESCO experts");
            editor.workflow().transition(id, WorkflowAction.REQUEST_CHANGES,
                    "Please check the number of schools and spell out UNESCO.");

            Article current = writer.articles().get(id);
            writer.articles().save(current.withBody(Document.of(
                    Block.paragraph("Thirty-eight schools in six countries open heritage classrooms this spring, "
                            + "where pupils study the monuments and traditions of their own towns."),
                    current.body().blocks().get(1), current.body().blocks().get(2),
                    Block.paragraph("The programme hopes to reach a hundred schools by 2028, "
                            + "with new partners in West Africa."))), "Figures checked");
            writer.comments().reply(figure.id(), "Checked with the ministry: 38.");
            writer.comments().resolve(figure.id());
            writer.comments().addGeneral(id, "I kept \"UNESCO\": the style guide allows it for this audience.");
            writer.workflow().transition(id, WorkflowAction.SUBMIT, null);
            return id;
        }
    }

    /** A clock that moves on by a fixed step at every reading, so the timeline shows plausible times. */
    private static final class StepClock extends Clock {
        private final AtomicReference<Instant> now;
        private final Duration step;

        StepClock(Instant start, Duration step) {
            this.now = new AtomicReference<>(start);
            this.step = step;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.getAndUpdate(i -> i.plus(step));
        }
    }
}
