package dev.clerk.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One flat JSON object per line, for append-only logs such as {@code clerk send}'s send log.
 * Values are texts, numbers or booleans; keys keep their order.
 */
public final class JsonLines {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private JsonLines() {
    }

    /** The object as one line of JSON, without the line break. */
    public static String line(Map<String, ?> fields) {
        try {
            return Mappers.JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("fields: cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads one line written by {@link #line}.
     *
     * @throws IllegalArgumentException when the line is not one JSON object
     */
    public static Map<String, Object> parse(String line) {
        try {
            return Mappers.JSON.readValue(line, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
