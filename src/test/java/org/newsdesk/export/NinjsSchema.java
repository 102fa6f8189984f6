package org.newsdesk.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The IPTC ninjs 3.0 JSON Schema (draft 2020-12) with its GeoJSON reference served from a local copy:
 * this machine has no network, and a test must not depend on one. Formats (date-time, uri) are asserted,
 * not just annotated, so a sloppy timestamp fails the test.
 */
public final class NinjsSchema {
    static final String RESOURCES = "/standards/ninjs/";
    private static final String NINJS_ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json";
    private static final String GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json";

    private final Schema schema;

    public NinjsSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(Map.of(NINJS_ID, resource("ninjs-schema_3.0.json"), GEOJSON_ID, resource("GeoJSON.json")))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        this.schema = registry.getSchema(SchemaLocation.of(NINJS_ID));
    }

    /** Messages of everything wrong with {@code json}; empty when it is valid ninjs 3.0. */
    public List<String> problems(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    static String resource(String name) {
        try (InputStream in = NinjsSchema.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
