package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Language;
import org.newsdesk.service.Library;
import org.newsdesk.testing.TestLibrary;

class LibraryOpenerTest {
    @TempDir
    Path dir;

    @Test
    void createsANewLibraryWithWalAndForeignKeys() throws Exception {
        Path file = dir.resolve("sub/folder/lib.newsdesk");
        try (Database db = new LibraryOpener().open(file)) {
            assertThat(db.<String>read(c -> pragma(c, "journal_mode"))).isEqualTo("wal");
            assertThat(db.<String>read(c -> pragma(c, "foreign_keys"))).isEqualTo("1");
            assertThat(db.<String>read(c -> pragma(c, "user_version"))).isEqualTo(String.valueOf(Migrations.latestVersion()));
            assertThat(db.<String>read(c -> pragma(c, "busy_timeout"))).isEqualTo("10000");
        }
        assertThat(file).exists();
    }

    @Test
    void randomBytesAreRefusedAndLeftUntouched() throws Exception {
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        assertRefusedUnchanged(write("junk.newsdesk", junk), "not a Newsdesk library");
    }

    @Test
    void aTextFileIsRefused() throws Exception {
        assertRefusedUnchanged(write("notes.newsdesk", "just some notes\n".getBytes()), "not a Newsdesk library");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefusedUnchanged(write("empty.newsdesk", new byte[0]), "empty");
    }

    @Test
    void aTruncatedLibraryIsRefusedAndLeftUntouched() throws Exception {
        Path full = dir.resolve("full.newsdesk");
        try (Library lib = TestLibrary.open(full)) {
            for (int i = 0; i < 30; i++) {
                lib.articles().create(Article.draft("Article " + i + " " + "text ".repeat(200), Language.ENGLISH,
                        Instant.now()));
            }
        }
        byte[] bytes = Files.readAllBytes(full);
        assertThat(bytes.length).isGreaterThan(20_000);
        assertRefusedUnchanged(write("cut.newsdesk", Arrays.copyOf(bytes, bytes.length / 2)), "damaged");
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contacts (name TEXT)");
            st.execute("INSERT INTO contacts VALUES ('Ada')");
        }
        assertRefusedUnchanged(other, "another program");
    }

    @Test
    void aLibraryFromANewerNewsdeskIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("future.newsdesk");
        new LibraryOpener().open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 5));
        }
        assertRefusedUnchanged(file, "newer Newsdesk");
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> new LibraryOpener().open(dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("folder");
    }

    @Test
    void aReadOnlyLibraryCanBeReadButRefusesWrites() throws Exception {
        Path file = dir.resolve("ro.newsdesk");
        String id;
        try (Library lib = TestLibrary.open(file)) {
            id = lib.articles().create(Article.draft("Kept safe", Language.ENGLISH, Instant.now())).id().toString();
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        try (Library lib = TestLibrary.open(file)) {
            assertThat(lib.isReadOnly()).isTrue();
            Article a = lib.articles().get(java.util.UUID.fromString(id));
            assertThat(a.headline()).isEqualTo("Kept safe");
            assertThatThrownBy(() -> lib.articles().save(a.withHeadline("Changed"), null))
                    .isInstanceOf(ReadOnlyLibraryException.class).hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private void assertRefusedUnchanged(Path file, String why) throws Exception {
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> new LibraryOpener().open(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(why);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve(file.getFileName() + "-wal")).doesNotExist();
    }

    private static String pragma(Connection c, String name) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA " + name)) {
            return rs.getString(1);
        }
    }
}
