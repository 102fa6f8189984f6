package org.newsdesk.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random documents for property tests: every block type, mark, link and direction, in three scripts. */
public final class DocumentArbitraries {
    private DocumentArbitraries() {
    }

    public static Arbitrary<Document> documents() {
        return blocks().list().ofMaxSize(12).map(Document::new);
    }

    public static Arbitrary<Block> blocks() {
        Arbitrary<BlockType> types = Arbitraries.of(BlockType.class);
        return Combinators.combine(types, Arbitraries.integers().between(0, 5), Arbitraries.of(Direction.class),
                runs(), images(), tables()).as((type, n, dir, runs, image, table) -> {
                    int level = switch (type) {
                        case HEADING -> 2 + n % 3;
                        case BULLET_ITEM, NUMBERED_ITEM -> n;
                        default -> 0;
                    };
                    return new Block(type, level, dir, runs, type == BlockType.IMAGE ? image : null,
                            type == BlockType.TABLE ? table : null);
                });
    }

    public static Arbitrary<List<TextRun>> runs() {
        return run().list().ofMaxSize(6);
    }

    public static Arbitrary<TextRun> run() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', ',', '«', '»').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0621', '\u064A').withChars(' ').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("Tánger", "l’été", "2026", "UNESCO", "“quoted”", "<b>&amp;</b>"));
        Arbitrary<Set<Mark>> marks = Arbitraries.of(Mark.class).set().ofMaxSize(3)
                .map(s -> s.isEmpty() ? Set.of() : EnumSet.copyOf(s));
        Arbitrary<String> link = Arbitraries.of("https://example.org/a", "mailto:press@example.org").injectNull(0.7);
        return Combinators.combine(text, marks, link).as(TextRun::new);
    }

    /** Tables of 1–4 rows of 1–4 cells (ragged rows are filled out by Table), with or without a header row. */
    public static Arbitrary<Table> tables() {
        Arbitrary<TableCell> cell = runs().map(TableCell::new);
        return Combinators.combine(cell.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(true, false)).as(Table::new);
    }

    public static Arbitrary<ImageRef> images() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'f').ofLength(64),
                Arbitraries.of("", "The minister", "توقيع الاتفاقية"), Arbitraries.of("", "AFP", "J. Doe"),
                Arbitraries.of("", "Two people shake hands"), Arbitraries.of("https://example.org").injectNull(0.8))
                .as(ImageRef::new);
    }
}
