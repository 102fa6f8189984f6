package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Comment anchors follow their words through any sequence of edits. */
class AnchorTrackerTest {
    private static final String TEXT = "The quick brown fox jumps.";
    private static final Anchor FOX = new Anchor(10, 19); // "brown fox"

    private static Anchor after(TextEdit... edits) {
        return AnchorTracker.follow(FOX, List.of(edits));
    }

    @Test
    void typingBeforeShiftsIt() {
        Anchor moved = after(TextEdit.insert(4, "very "));
        assertThat(moved.textIn(TextEdit.insert(4, "very ").applyTo(TEXT))).isEqualTo("brown fox");
        assertThat(after(TextEdit.delete(0, 4))).isEqualTo(new Anchor(6, 15));
    }

    @Test
    void typingInsideExtendsItAndTypingAtItsEdgesDoesNot() {
        assertThat(after(TextEdit.insert(16, "red "))).isEqualTo(new Anchor(10, 23));
        assertThat(after(TextEdit.insert(10, "big "))).isEqualTo(new Anchor(14, 23));
        assertThat(after(TextEdit.insert(19, "es"))).isEqualTo(FOX);
    }

    @Test
    void deletingPartShrinksItToWhatIsLeft() {
        assertThat(after(TextEdit.delete(10, 16)).textIn("The quick fox jumps.")).isEqualTo("fox");
        assertThat(after(new TextEdit(4, 12, "slow "))).isEqualTo(new Anchor(9, 12)); // "The slow fox": "fox"
        assertThat(after(TextEdit.delete(15, 25))).isEqualTo(new Anchor(10, 15));
    }

    @Test
    void deletingAllOfItMakesAGeneralCommentEvenWhenSomethingIsTypedInItsPlace() {
        assertThat(after(TextEdit.delete(10, 19))).isEqualTo(Anchor.GENERAL);
        assertThat(after(TextEdit.delete(4, 25))).isEqualTo(Anchor.GENERAL);
        assertThat(after(new TextEdit(10, 9, "grey wolf"))).isEqualTo(Anchor.GENERAL);
        assertThat(AnchorTracker.follow(Anchor.GENERAL, List.of(TextEdit.insert(0, "x")))).isEqualTo(Anchor.GENERAL);
    }

    // ---- properties: random texts, random anchors, random edit sequences ----

    /** An edit given as fractions of the text's length at the time it applies, so it always fits. */
    record EditSpec(double at, double length, String inserted) {
        TextEdit resolve(int textLength) {
            int start = (int) Math.floor(at * (textLength + 1));
            start = Math.min(start, textLength);
            int deleted = (int) Math.floor(length * (textLength - start + 1));
            return new TextEdit(start, Math.min(deleted, textLength - start), inserted);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("the", "quick", "brown", "fox", "جاء", "الوزير", "été", ",", ".", "\n\n")
                .list().ofMinSize(1).ofMaxSize(30).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<List<EditSpec>> edits() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        Arbitrary<Double> small = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0, 0.3),
                Arbitraries.doubles().between(0, 1));
        Arbitrary<String> typed = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withChars("abc XYZ،\n").ofMaxLength(8));
        return Combinators.combine(fraction, small, typed).as(EditSpec::new).list().ofMaxSize(8);
    }

    /**
     * A reference model: every character carries the id of where it came from (its index in the original text,
     * or -1 when typed later). The anchor must cover every surviving commented character, only commented or
     * newly typed characters, and become general only when none of its characters survive.
     */
    @Property(tries = 2000)
    void neverLosesOrMisplacesAComment(@ForAll("texts") String text, @ForAll double a, @ForAll double b,
                                       @ForAll("edits") List<EditSpec> specs) {
        int start = (int) (Math.abs(a % 1) * text.length());
        int end = start + 1 + (int) (Math.abs(b % 1) * (text.length() - start - 1));
        Anchor anchor = new Anchor(start, end);

        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            origin.add(i);
        }
        String current = text;
        Anchor tracked = anchor;
        for (EditSpec spec : specs) {
            TextEdit edit = spec.resolve(current.length());
            current = edit.applyTo(current);
            origin.subList(edit.start(), edit.deletedEnd()).clear();
            List<Integer> typed = new ArrayList<>();
            for (int i = 0; i < edit.inserted().length(); i++) {
                typed.add(-1);
            }
            origin.addAll(edit.start(), typed);
            tracked = AnchorTracker.follow(tracked, edit);
        }
        assertThat(origin).hasSize(current.length());

        List<Integer> survivors = new ArrayList<>();
        for (int i = 0; i < origin.size(); i++) {
            if (origin.get(i) >= start && origin.get(i) < end) {
                survivors.add(i);
            }
        }
        if (tracked.isGeneral()) {
            assertThat(survivors).as("a general comment has lost all its words").isEmpty();
            return;
        }
        Anchor result = tracked;
        assertThat(result.end()).isLessThanOrEqualTo(current.length());
        assertThat(survivors).allSatisfy(i -> assertThat(i).isBetween(result.start(), result.end() - 1));
        for (int i = tracked.start(); i < tracked.end(); i++) {
            int from = origin.get(i);
            assertThat(from == -1 || (from >= start && from < end))
                    .as("character %d of the anchor came from inside the comment or was typed", i).isTrue();
        }
        if (survivors.size() == end - start && !survivors.isEmpty()
                && survivors.get(survivors.size() - 1) - survivors.get(0) == end - start - 1) {
            // nothing typed or deleted inside: the anchor covers exactly the original words
            assertThat(tracked.textIn(current)).isEqualTo(text.substring(start, end));
        }
    }
}
