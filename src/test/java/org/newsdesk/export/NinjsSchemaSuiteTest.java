package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves the validator is wired right before trusting it: IPTC's own pass and fail cases must come out as IPTC says. */
class NinjsSchemaSuiteTest {
    private static NinjsSchema schema;

    @BeforeAll
    static void load() {
        schema = new NinjsSchema();
    }

    static Stream<Path> shouldPass() throws Exception {
        return files("should_pass");
    }

    static Stream<Path> shouldFail() throws Exception {
        return files("should_fail");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldPass")
    void acceptsEveryShouldPassFile(Path file) throws IOException {
        assertThat(schema.problems(Files.readString(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldFail")
    void rejectsEveryShouldFailFile(Path file) throws IOException {
        assertThat(schema.problems(Files.readString(file))).isNotEmpty();
    }

    @Test
    void suiteIsComplete() throws Exception {
        assertThat(shouldPass().count()).isEqualTo(27);
        assertThat(shouldFail().count()).isEqualTo(8);
    }

    @Test
    void unknownTopLevelFieldsAndBadTimesAreRejected() {
        assertThat(schema.problems("{\"uri\":\"urn:x:1\",\"extra\":1}")).isNotEmpty();
        assertThat(schema.problems("{\"uri\":\"urn:x:1\",\"versionCreated\":\"2025-03-12T10:15+01:00\"}")).isNotEmpty();
        assertThat(schema.problems("{\"uri\":\"urn:x:1\",\"versionCreated\":\"2025-03-12T10:15:00+01:00\"}")).isEmpty();
    }

    private static Stream<Path> files(String folder) throws URISyntaxException, IOException {
        Path dir = Path.of(NinjsSchemaSuiteTest.class.getResource(NinjsSchema.RESOURCES + "test_suite/3.0/" + folder).toURI());
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> sorted = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            return sorted.stream();
        }
    }
}
