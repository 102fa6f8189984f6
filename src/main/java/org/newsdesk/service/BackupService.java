package org.newsdesk.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.newsdesk.codec.JsonCodec;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.NewsdeskException;
import org.newsdesk.store.Database;
import org.newsdesk.store.IntegrityCheck;
import org.newsdesk.store.LibraryCopy;
import org.newsdesk.store.LibraryFiles;
import org.newsdesk.store.LibraryOpener;

/**
 * Backups of a library: a consistent copy while it is open and written to, checked before it counts; daily copies
 * kept a week; and restoring one, which replaces the library only after the backup passed the integrity check
 * and keeps the replaced file beside it.
 */
public final class BackupService {
    /** How many daily backups of a library are kept. */
    public static final int DAILY_KEPT = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Clock clock;
    private final JsonCodec json = new JsonCodec();

    public BackupService(Clock clock) {
        this.clock = clock;
    }

    /**
     * Copies {@code library} (open or not) to {@code destination}: written beside it under a temporary name,
     * checked, then renamed, so a failed backup leaves nothing and never a half file under the real name.
     */
    public Backup backup(Path library, Path destination, DoubleConsumer progress) {
        Path target = destination.toAbsolutePath().normalize();
        if (target.equals(library.toAbsolutePath().normalize())) {
            throw new BadInputException(Message.of("error.backup.replacesLibrary"));
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException(Message.of("error.backup.isFolder", target.toString()));
        }
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BadInputException(Message.of("error.backup.cannotMakeFolder", folder.toString(),
                    String.valueOf(e.getMessage())), e);
        }
        Path partial = folder.resolve("." + target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            LibraryCopy.copy(library, partial, fraction -> progress.accept(fraction * 0.9));
            int articles = checked(partial, target);
            move(partial, target);
            progress.accept(1.0);
            return new Backup(target, Files.size(target), articles);
        } catch (IOException e) {
            throw new BadInputException(Message.of("error.backup.cannotWrite", target.toString(),
                    String.valueOf(e.getMessage())), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /**
     * Replaces {@code library} (which nobody may have open) with {@code backup}, after checking the backup; the
     * replaced library is kept beside it as {@code <name>.replaced-<time>.newsdesk}, whose path is returned.
     */
    public Path restore(Path backup, Path library) {
        Path source = backup.toAbsolutePath().normalize();
        Path target = library.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BadInputException(Message.of("error.backup.noSuchFile", source.toString()));
        }
        if (source.equals(target)) {
            throw new BadInputException(Message.of("error.backup.isTheLibrary"));
        }
        Path incoming = target.resolveSibling("." + target.getFileName() + ".restoring");
        try {
            Files.deleteIfExists(incoming);
            Files.copy(source, incoming); // checked (and upgraded if old) as a copy: the backup stays as it was
            checked(incoming, source);
            Path kept = null;
            if (Files.exists(target)) {
                LibraryFiles.requireUnused(target);
                kept = target.resolveSibling(baseName(target) + ".replaced-" + STAMP.format(clock.instant()
                        .atZone(clock.getZone())) + ".newsdesk");
                Files.move(target, kept);
                for (String suffix : List.of("-wal", "-shm")) { // a library nobody uses needs neither
                    Files.deleteIfExists(target.resolveSibling(target.getFileName() + suffix));
                }
            }
            move(incoming, target);
            return kept;
        } catch (IOException e) {
            throw new BadInputException(Message.of("error.backup.cannotRestore", target.toString(), source.toString(),
                    String.valueOf(e.getMessage())), e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    /**
     * Today's automatic backup of {@code library} into {@code folder}, unless one was made today; then only the
     * newest {@link #DAILY_KEPT} are kept. Empty when there was nothing to do.
     */
    public Optional<Backup> daily(Path library, Path folder) {
        String name = baseName(library);
        LocalDate today = LocalDate.now(clock);
        Path todays = folder.resolve(name + "-" + today + ".newsdesk");
        if (Files.exists(todays)) {
            return Optional.empty();
        }
        Backup made = backup(library, todays, f -> { });
        List<Path> all = dailies(folder, name);
        for (Path old : all.subList(0, Math.max(0, all.size() - DAILY_KEPT))) {
            deleteQuietly(old);
        }
        return Optional.of(made);
    }

    /** The daily backups of a library named {@code name} in {@code folder}, oldest first. */
    public static List<Path> dailies(Path folder, String name) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String pattern = java.util.regex.Pattern.quote(name) + "-\\d{4}-\\d{2}-\\d{2}\\.newsdesk";
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().matches(pattern))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** What a backup holds: where, how big, how many articles. */
    public record Backup(Path file, long bytes, int articles) {
    }

    /** Opens the copy as a library (upgrading an old one) and runs the integrity check; its article count. */
    private int checked(Path copy, Path shownAs) {
        try (Database db = new LibraryOpener().open(copy)) {
            List<Message> problems = db.read(c -> new IntegrityCheck(json).run(c));
            if (!problems.isEmpty()) {
                throw new BadInputException(Message.of("error.backup.failsCheck", shownAs.toString(), problems.get(0),
                        problems.size() - 1));
            }
            return db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM article")) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            });
        } catch (BadInputException e) { // the opener names the copy it opened; the user knows the file they chose
            throw new BadInputException(renamed(e.sentence(), copy.toAbsolutePath().normalize().toString(),
                    shownAs.toString()), e);
        } catch (NewsdeskException e) {
            throw new BadInputException(Message.of("error.backup.notALibrary", shownAs.toString(), e.sentence()), e);
        }
    }

    /** {@code sentence} with the file {@code from} named {@code to} wherever it is an argument. */
    private static Message renamed(Message sentence, String from, String to) {
        List<Object> args = sentence.args().stream()
                .map(a -> a instanceof Message m ? renamed(m, from, to) : a instanceof String s ? s.replace(from, to) : a)
                .toList();
        String literal = sentence.literal() == null ? null : sentence.literal().replace(from, to);
        return new Message(sentence.key(), args, literal, sentence.joined());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".newsdesk") ? name.substring(0, name.length() - ".newsdesk".length()) : name;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        } catch (IOException e) {
            // a leftover temporary file costs disk space, not work
        }
    }
}
