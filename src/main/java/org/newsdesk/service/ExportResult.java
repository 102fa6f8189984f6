package org.newsdesk.service;

import java.nio.file.Path;
import java.util.List;
import org.newsdesk.i18n.Message;

/**
 * What an export wrote.
 *
 * @param files    the article files (or the bundle) in the order written; pictures are not listed
 * @param articles how many articles went out
 * @param bytes    the size of everything written, pictures included
 * @param warnings what the pages lack for readers of screen readers (a picture without alt text, a vague link);
 *                 the files were written all the same; said in the interface's language
 */
public record ExportResult(List<Path> files, int articles, long bytes, List<Message> warnings) {
    public ExportResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public ExportResult(List<Path> files, int articles, long bytes) {
        this(files, articles, bytes, List.of());
    }

    ExportResult withWarnings(List<Message> more) {
        return new ExportResult(files, articles, bytes, more);
    }
}
