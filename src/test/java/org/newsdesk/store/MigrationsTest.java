package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationsTest {
    @TempDir
    Path dir;

    static IntStream olderVersions() {
        return IntStream.range(0, Migrations.latestVersion());
    }

    /** A library left at any older schema opens, upgrades, and ends with exactly the schema of a new one. */
    @ParameterizedTest
    @MethodSource("olderVersions")
    void upgradesFromEveryOlderVersionToTheSameSchemaAsANewLibrary(int version) throws Exception {
        Path old = dir.resolve("v" + version + ".newsdesk");
        if (version > 0) { // version 0 is no library at all: the opener creates one
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
                Migrations.migrate(c, version);
                assertThat(Migrations.userVersion(c)).isEqualTo(version);
            }
        }
        Path fresh = dir.resolve("fresh.newsdesk");
        new LibraryOpener().open(fresh).close();
        new LibraryOpener().open(old).close();
        assertThat(schema(old)).isEqualTo(schema(fresh));
    }

    private static List<String> schema(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master"
                     + " ORDER BY type, name")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            out.add("user_version " + Migrations.userVersion(c));
            return out;
        }
    }
}
