package org.newsdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Anchor;
import org.newsdesk.model.AnchorTracker;
import org.newsdesk.model.TextEdit;

/** Anchors follow text given only as "before" and "after", through the word diff. */
class TokenEditFinderTest {
    private final TokenEditFinder finder = new TokenEditFinder();
    private final AnchorTracker tracker = new AnchorTracker(finder);

    @Test
    void editsAreTrimmedToTheCharactersThatChanged() {
        assertThat(finder.edits("The quick fox.", "The quicker fox.")).containsExactly(TextEdit.insert(9, "er"));
        assertThat(finder.edits("same", "same")).isEmpty();
    }

    @Test
    void editsInSeveralPlacesKeepAnAnchorInTheMiddle() {
        String before = "Intro words. The minister signed the agreement. Closing words.";
        String after = "New intro words here. The minister signed the agreement. Closing words, changed.";
        Anchor signed = new Anchor(before.indexOf("minister signed"), before.indexOf(" the agreement"));
        assertThat(tracker.follow(signed, before, after).textIn(after)).isEqualTo("minister signed");
    }

    @Test
    void rewritingTheCommentedWordsMakesAGeneralComment() {
        String before = "The minister signed the agreement.";
        Anchor signed = new Anchor(4, 19);
        assertThat(tracker.follow(signed, before, "The agreement.")).isEqualTo(Anchor.GENERAL);
    }

    @Provide
    Arbitrary<List<String>> words() {
        return Arbitraries.of("the", "minister", "signed", "جاء", "الوزير", "été", ",", ".", "\n\n", "fox", "a")
                .list().ofMaxSize(25);
    }

    /** Whatever two texts, the edits found turn the first into the second. */
    @Property(tries = 1000)
    void theEditsTurnBeforeIntoAfter(@ForAll("words") List<String> a, @ForAll("words") List<String> b) {
        String before = String.join(" ", a);
        String after = String.join(" ", b);
        String result = before;
        for (TextEdit edit : finder.edits(before, after)) {
            result = edit.applyTo(result);
        }
        assertThat(result).isEqualTo(after);
    }

    /**
     * With distinct words (so the diff cannot mistake one occurrence for another), an anchor on words that an edit
     * elsewhere left alone still covers exactly those words.
     */
    @Property(tries = 1000)
    void untouchedWordsKeepTheirAnchor(@ForAll @IntRange(min = 3, max = 30) int n, @ForAll @IntRange(max = 29) int first,
                                       @ForAll @IntRange(max = 3) int span, @ForAll @IntRange(max = 29) int editAt,
                                       @ForAll @IntRange(max = 4) int deleteWords, @ForAll("typed") String typed) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add("w" + i);
        }
        int from = first % n;
        int to = Math.min(n, from + 1 + span); // commented words [from, to)
        int editStart = editAt % (n + 1);
        int editEnd = Math.min(n, editStart + deleteWords);
        // an edit touching the commented words is the other property's business
        Assume.that(!(editStart < to && editEnd > from || editStart > from && editStart < to));
        String before = String.join(" ", words);
        Anchor anchor = new Anchor(offset(words, from), offset(words, to - 1) + words.get(to - 1).length());
        List<String> edited = new ArrayList<>(words);
        edited.subList(editStart, editEnd).clear();
        if (!typed.isEmpty()) {
            edited.add(editStart, typed);
        }
        String after = String.join(" ", edited);
        assertThat(tracker.follow(anchor, before, after).textIn(after)).isEqualTo(anchor.textIn(before));
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.of("", "new", "fresh words", "نص");
    }

    private static int offset(List<String> words, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += words.get(i).length() + 1;
        }
        return offset;
    }
}
