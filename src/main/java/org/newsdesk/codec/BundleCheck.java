package org.newsdesk.codec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What checking a bundle against its manifest found.
 *
 * @param problems one sentence per fault, in the order found; empty when every file is present and matches
 * @param kept     the bytes of the entries the caller asked to keep, by path, in archive order
 */
public record BundleCheck(Path bundle, int articles, int files, List<String> problems, Map<String, byte[]> kept) {

    public BundleCheck {
        problems = List.copyOf(problems);
        kept = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kept)); // archive order
    }

    public boolean good() {
        return problems.isEmpty();
    }

    /** The one-line verdict the verify command prints. */
    public String verdict() {
        if (good()) {
            return "OK: " + bundle + " matches its manifest (" + articles + " article" + (articles == 1 ? "" : "s")
                    + ", " + files + " file" + (files == 1 ? "" : "s") + ").";
        }
        String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() == 2 ? "" : "s") + ")";
        return "BAD: " + aboutTheBundle(problems.get(0)) + more + ".";
    }

    /** The first problem as a sentence for an import that was refused because of it. */
    public String refusal() {
        String problem = problems.get(0);
        return (problem.startsWith(bundle.toString()) ? "" : "Cannot import " + bundle + ": ") + stripStop(problem)
                + "; nothing was imported.";
    }

    /** Problems from reading the zip already name the file; the others get it put in front. */
    private String aboutTheBundle(String problem) {
        return problem.startsWith(bundle.toString()) ? stripStop(problem) : bundle + ": " + stripStop(problem);
    }

    private static String stripStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
