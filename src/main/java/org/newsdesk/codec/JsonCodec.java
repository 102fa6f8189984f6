package org.newsdesk.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import org.newsdesk.i18n.Message;
import org.newsdesk.model.Article;
import org.newsdesk.model.BadInputException;
import org.newsdesk.model.Document;
import org.newsdesk.model.Language;

/**
 * The one Jackson configuration for everything Newsdesk writes as JSON: bodies in the store,
 * native article files, CLI output. Lower-case enums, ISO dates, no nulls or empty values.
 */
public final class JsonCodec {
    private final ObjectMapper mapper;

    public JsonCodec() {
        SimpleModule module = new SimpleModule("newsdesk");
        module.addSerializer(Language.class, new JsonSerializer<>() {
            @Override
            public void serialize(Language value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.tag());
            }
        });
        module.addDeserializer(Language.class, new JsonDeserializer<>() {
            @Override
            public Language deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Language.of(p.getValueAsString());
            }
        });
        mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(module)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                // records expose isEmpty()-style helpers; only their components are data
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public String writeDocument(Document document) {
        return write(document);
    }

    public Document readDocument(String json) {
        return read(json, Document.class, "body");
    }

    public String writeArticle(Article article) {
        return write(article);
    }

    public Article readArticle(String json) {
        return read(json, Article.class, "article");
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    public String writePretty(Object value) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    /** @param what "body" or "article": names the sentences {@code error.codec.bodyNotJson} and the like */
    public <T> T read(String json, Class<T> type, String what) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new BadInputException(Message.of("error.codec." + what + "NotJson", e.getOriginalMessage()), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadInputException(Message.of("error.codec." + what + "Invalid", String.valueOf(e.getMessage())), e);
        }
    }
}
