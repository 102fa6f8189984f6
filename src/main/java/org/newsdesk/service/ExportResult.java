package org.newsdesk.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param files    the article files (or the bundle) in the order written; pictures are not listed
 * @param articles how many articles went out
 * @param bytes    the size of everything written, pictures included
 * @param warnings what the pages lack for readers of screen readers (a picture without alt text, a vague link);
 *                 the files were written all the same
 */
public record ExportResult(List<Path> files, int articles, long bytes, List<String> warnings) {
    public ExportResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public ExportResult(List<Path> files, int articles, long bytes) {
        this(files, articles, bytes, List.of());
    }

    ExportResult withWarnings(List<String> more) {
        return new ExportResult(files, articles, bytes, more);
    }
}
