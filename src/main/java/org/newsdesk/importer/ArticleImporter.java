package org.newsdesk.importer;

import java.nio.file.Path;
import java.util.List;

/** Reads one kind of file into unsaved articles. Implementations never touch the library. */
public interface ArticleImporter {

    /** True when this importer reads files like {@code file} (decided by name, before reading). */
    boolean accepts(Path file);

    /** The articles in {@code file}, unsaved (version 0). Throws BadInputException naming the file. */
    List<ImportedArticle> read(Path file, ImportDefaults defaults);
}
