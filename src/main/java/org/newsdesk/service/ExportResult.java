package org.newsdesk.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param files    the article files (or the bundle) in the order written; pictures are not listed
 * @param articles how many articles went out
 * @param bytes    the size of everything written, pictures included
 */
public record ExportResult(List<Path> files, int articles, long bytes) {
    public ExportResult {
        files = List.copyOf(files);
    }
}
