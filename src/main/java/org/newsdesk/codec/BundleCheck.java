package org.newsdesk.codec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsdesk.i18n.Message;

/**
 * What checking a bundle against its manifest found.
 *
 * @param problems     one clause per fault (no full stop), in the order found; empty when every file is present and
 *                     matches
 * @param namesBundle  true when the problem is the zip reader's own sentence, which already names the file
 * @param kept         the bytes of the entries the caller asked to keep, by path, in archive order
 */
public record BundleCheck(Path bundle, int articles, int files, List<Message> problems, boolean namesBundle,
                          Map<String, byte[]> kept) {

    public BundleCheck {
        problems = List.copyOf(problems);
        kept = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kept)); // archive order
    }

    public boolean good() {
        return problems.isEmpty();
    }

    /** The one-line verdict the verify command prints: "OK: …" or "BAD: …". */
    public Message verdict() {
        if (good()) {
            return Message.of("verify.ok", bundle.toString(), articles, files);
        }
        if (problems.size() == 1) {
            return Message.of("verify.bad", Message.sentences(List.of(aboutTheBundle(problems.get(0)))));
        }
        return Message.of("verify.badMore", aboutTheBundle(problems.get(0)), problems.size() - 1);
    }

    /** The first problem as a sentence for an import that was refused because of it. */
    public Message refusal() {
        Message problem = problems.get(0);
        return namesBundle ? Message.sentences(List.of(problem, Message.of("error.bundle.nothingImported")))
                : Message.of("error.bundle.refused", bundle.toString(), problem);
    }

    /** Problems from reading the zip already name the file; the others get it put in front. */
    private Message aboutTheBundle(Message problem) {
        return namesBundle ? problem : Message.of("error.bundle.about", bundle.toString(), problem);
    }
}
