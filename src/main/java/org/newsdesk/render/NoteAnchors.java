package org.newsdesk.render;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.Block;
import org.newsdesk.model.TextRun;

/**
 * The ids that make notes work both ways in a page. The body keeps notes as plain links (see
 * {@code model.Notes}): a reference links to {@code #note-N}, and note N's list item links back to
 * {@code #note-ref-N}. The page gives the first reference to note N the id {@code note-ref-N} and the list item
 * that links back to it the id {@code note-N}, each id once, so both links land and the page stays valid.
 */
final class NoteAnchors {
    private static final Pattern REFERENCE = Pattern.compile("#note-(\\d{1,6})");
    private static final Pattern BACK = Pattern.compile("#note-ref-(\\d{1,6})");

    private final Set<String> used = new HashSet<>();

    /** The id for a link to {@code href}: "note-ref-N" for the first link to note N, else null. */
    String referenceId(String href) {
        if (href == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(href);
        return m.matches() ? claim("note-ref-" + m.group(1)) : null;
    }

    /** The id for a list item: "note-N" when it links back to reference N, else null. */
    String itemId(Block block) {
        for (TextRun run : block.runs()) {
            if (run.link() != null) {
                Matcher m = BACK.matcher(run.link());
                if (m.matches()) {
                    return claim("note-" + m.group(1));
                }
            }
        }
        return null;
    }

    private String claim(String id) {
        return used.add(id) ? id : null;
    }
}
