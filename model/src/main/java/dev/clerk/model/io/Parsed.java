package dev.clerk.model.io;

import java.util.List;

/**
 * A file read into the model, with where each field stands in it and the warnings found while reading.
 *
 * @param file     the file as the user named it
 * @param value    the model value
 * @param source   the position of every field, for later checks to point at
 * @param warnings problems that did not stop the reading
 * @param <T>      the model type
 */
public record Parsed<T>(String file, T value, SourceMap source, List<Problem> warnings) {
    public Parsed {
        warnings = List.copyOf(warnings);
    }
}
