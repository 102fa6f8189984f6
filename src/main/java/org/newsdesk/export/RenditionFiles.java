package org.newsdesk.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.newsdesk.image.ImageFormat;
import org.newsdesk.image.Rendition;
import org.newsdesk.image.RenditionMaker;
import org.newsdesk.image.Sha256;

/**
 * The resized copies (1600, 800, 400 px) of the pictures of one export, made once per picture however many
 * articles show it, and kept in a temporary folder rather than in memory: a thousand photos' copies would not
 * fit. A picture that cannot be decoded simply gets no copies; its original is still exported. Safe to use
 * from several rendering threads; closing deletes the folder.
 */
public final class RenditionFiles implements AutoCloseable {
    private final RenditionMaker maker = new RenditionMaker();
    private final Map<String, CompletableFuture<List<RenditionFile>>> made = new ConcurrentHashMap<>();
    private Path folder;

    /** The picture's copies, largest first, made now if this export has not made them yet. */
    public List<RenditionFile> of(String assetId, AssetFile file) {
        CompletableFuture<List<RenditionFile>> mine = new CompletableFuture<>();
        CompletableFuture<List<RenditionFile>> existing = made.putIfAbsent(assetId, mine);
        if (existing != null) {
            return existing.join(); // another thread is making them: wait for its result
        }
        try {
            List<RenditionFile> files = make(file);
            mine.complete(files);
            return files;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            made.remove(assetId, mine);
            throw e;
        }
    }

    /** Copies already made for the picture; empty when none were (or it has none). */
    public List<RenditionFile> made(String assetId) {
        CompletableFuture<List<RenditionFile>> future = made.get(assetId);
        return future == null || !future.isDone() || future.isCompletedExceptionally() ? List.of() : future.join();
    }

    public byte[] read(RenditionFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a resized picture back from " + file.path(), e);
        }
    }

    private List<RenditionFile> make(AssetFile file) {
        Optional<ImageFormat> format = ImageFormat.ofMimeType(file.asset().mimeType());
        if (format.isEmpty() || RenditionMaker.widthsFor(format.get(), file.asset().width()).isEmpty()) {
            return List.of();
        }
        byte[] original = file.bytes(); // a failure to read the library is the export's failure, not the picture's
        List<Rendition> renditions;
        try {
            renditions = maker.make(original, format.get(), file.asset().width(), file.asset().height());
        } catch (RuntimeException undecodable) {
            return List.of(); // checked when added, so only a damaged library gets here: keep the original alone
        }
        List<RenditionFile> files = new ArrayList<>(renditions.size());
        for (Rendition rendition : renditions) {
            files.add(write(rendition));
        }
        return files;
    }

    private RenditionFile write(Rendition rendition) {
        try {
            Path path = Files.createTempFile(folder(), "rendition-", "." + rendition.format().extension());
            Files.write(path, rendition.bytes());
            return new RenditionFile(rendition.width(), rendition.height(), rendition.format().mimeType(), path,
                    rendition.bytes().length, Sha256.hex(rendition.bytes()));
        } catch (IOException e) {
            // a full temporary disk is the export's failure, said like any other write's
            throw WriteErrors.translate(e, folder == null ? Path.of(System.getProperty("java.io.tmpdir")) : folder);
        }
    }

    private synchronized Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("newsdesk-renditions-");
        }
        return folder;
    }

    @Override
    public synchronized void close() {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the system's temporary folder is cleaned eventually; the export itself succeeded or failed already
        }
        folder = null;
    }
}
