package org.newsdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;

/**
 * Writes a set of files into one folder so that they appear together or not at all: each file goes to a
 * hidden temporary file beside its destination, and only {@link #commit()} renames them into place.
 * Closing without committing (a failure, a cancel) deletes every temporary file and the folders this batch
 * created, so an export that stops half-way leaves nothing behind.
 * <p>
 * Files are not forced to disk one by one: at a few milliseconds per fsync, 10,000 pages would take half a
 * minute. What the rename guards against is a failed or cancelled export; after a power cut a rerun
 * replaces whatever the disk kept. (A single large file, the bundle, is forced: see AtomicFileWriter.)
 */
public final class StagedFiles implements AutoCloseable {
    private final Path folder;
    private final Map<Path, Path> staged = new LinkedHashMap<>(); // destination -> temporary file
    private final Deque<Path> createdFolders = new ArrayDeque<>();
    private boolean committed;

    /** @param folder where the files go; created (one level only) if it does not exist yet */
    public StagedFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        Path parent = this.folder.getParent();
        if (!Files.isDirectory(this.folder)) {
            if (Files.exists(this.folder)) {
                throw new BadInputException(Message.of("error.export.notAFolder", folder.toString()));
            }
            if (parent == null || !Files.isDirectory(parent)) {
                throw new BadInputException(Message.of("error.export.noParentFolder", String.valueOf(parent)));
            }
            createFolder(this.folder, folder);
        }
    }

    /** Writes {@code bytes} to a temporary file for {@code name} (a relative path, e.g. images/x.jpg). */
    public Path stage(String name, byte[] bytes) {
        Path destination = folder.resolve(name).normalize();
        if (!destination.startsWith(folder) || destination.equals(folder)) {
            throw new IllegalArgumentException("The file name " + name + " leaves the export folder");
        }
        if (staged.containsKey(destination)) {
            throw new IllegalStateException(name + " is staged twice");
        }
        Path parent = destination.getParent();
        if (!Files.isDirectory(parent)) {
            createFolder(parent, parent);
        }
        try {
            TempFiles.Created temp = TempFiles.createBeside(destination);
            staged.put(destination, temp.path());
            try (FileChannel channel = temp.channel(); OutputStream out = Channels.newOutputStream(channel)) {
                out.write(bytes);
            }
            return destination;
        } catch (IOException e) {
            throw WriteErrors.translate(e, destination);
        }
    }

    /** Moves every staged file into place and returns the destinations in the order they were staged. */
    public List<Path> commit() {
        List<Path> done = new ArrayList<>(staged.size());
        try {
            for (Map.Entry<Path, Path> entry : staged.entrySet()) {
                move(entry.getValue(), entry.getKey());
                done.add(entry.getKey());
            }
        } catch (IOException e) {
            throw WriteErrors.translate(e, folder);
        }
        committed = true;
        return done;
    }

    /** Removes what an uncommitted batch wrote; does nothing after {@link #commit()}. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: a hidden .part file is all that can remain
            }
        }
        while (!createdFolders.isEmpty()) {
            try {
                Files.deleteIfExists(createdFolders.pop()); // only if empty: never anything of the user's
            } catch (IOException ignored) {
                // not empty or not ours any more: leave it
            }
        }
    }

    private void createFolder(Path path, Path shownAs) {
        try {
            Files.createDirectory(path);
            createdFolders.push(path);
        } catch (IOException e) {
            throw WriteErrors.translate(e, shownAs);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
