package org.newsdesk.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.model.BadInputException;
import org.newsdesk.testing.Zips;

class SafeZipReaderTest {
    private static final ZipLimits SMALL = new ZipLimits(10, 1024 * 1024, 3 * 1024 * 1024);
    @TempDir
    Path dir;
    private final SafeZipReader reader = new SafeZipReader(SMALL);

    @Test
    void readsEveryEntryInOrder() throws Exception {
        Path zip = Zips.write(dir.resolve("ok.zip"), entries("a.txt", "b/c.txt"));
        List<String> seen = new ArrayList<>();
        reader.read(zip, (name, in) -> seen.add(name + "=" + new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(seen).containsExactly("a.txt=a.txt", "b/c.txt=b/c.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "a/../../evil.txt", "/etc/passwd", "C:/Windows/evil.txt", "a\\..\\evil.txt",
            "./a.txt", "a//b.txt"})
    void refusesEntryNamesThatCouldLeaveTheFolder(String name) throws Exception {
        Path zip = Zips.write(dir.resolve("evil.zip"), entries("fine.txt", name));
        assertThatThrownBy(() -> reader.read(zip, (n, in) -> in.readAllBytes()))
                .isInstanceOf(BadInputException.class).hasMessageContaining(zip.toString()).hasMessageContaining("unsafe path");
    }

    @Test
    void stopsAnEntryThatInflatesPastTheLimitEvenWhenItsHeaderClaimsLittle() throws Exception {
        Path zip = Zips.zeros(dir.resolve("bomb.zip"), "zeros.bin", 2L * 1024 * 1024);
        Zips.claimSize(zip, 100);
        long[] read = {0};
        assertThatThrownBy(() -> reader.read(zip, (n, in) -> read[0] = in.transferTo(java.io.OutputStream.nullOutputStream())))
                .isInstanceOf(BadInputException.class).hasMessageContaining("zip bomb").hasMessageContaining("zeros.bin");
        assertThat(Files.size(zip)).isLessThan(10_000);
    }

    @Test
    void stopsWhenAllEntriesTogetherInflatePastTheLimit() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            entries.put("part" + i + ".bin", new byte[900 * 1024]);
        }
        Path zip = Zips.write(dir.resolve("many.zip"), entries);
        assertThatThrownBy(() -> reader.read(zip, (n, in) -> in.readAllBytes()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("its files inflate to more than 3 MB");
    }

    @Test
    void refusesTooManyEntriesBeforeReadingAny() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            entries.put("f" + i, new byte[0]);
        }
        Path zip = Zips.write(dir.resolve("crowd.zip"), entries);
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> reader.read(zip, (n, in) -> seen.add(n)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("holds 11 files");
        assertThat(seen).isEmpty();
    }

    @Test
    void notAZipAndAMissingFileGetOneSentence() throws Exception {
        Path text = dir.resolve("text.zip");
        Files.writeString(text, "hello");
        assertThatThrownBy(() -> reader.read(text, (n, in) -> { }))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a valid zip archive");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.zip"), (n, in) -> { }))
                .isInstanceOf(BadInputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aDamagedEntryIsNamed() throws Exception {
        Path zip = Zips.write(dir.resolve("damaged.zip"), Map.of("story.txt", "x".repeat(5000).getBytes(StandardCharsets.UTF_8)));
        byte[] bytes = Files.readAllBytes(zip);
        bytes[50] ^= 0x55; // inside the compressed data
        Files.write(zip, bytes);
        assertThatThrownBy(() -> reader.read(zip, (n, in) -> in.readAllBytes()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("story.txt");
    }

    private static Map<String, byte[]> entries(String... names) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : names) {
            entries.put(name, name.getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }
}
