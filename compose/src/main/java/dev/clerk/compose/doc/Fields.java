package dev.clerk.compose.doc;

import java.util.List;
import java.util.Objects;

/**
 * Label and value pairs set as a block: "Date:" beside the date, "Location:" beside the address lines.
 *
 * @param fields the pairs, in order
 */
public record Fields(List<Field> fields) implements Block {
    /**
     * One pair. A newline in the value is a line break.
     *
     * @param label the label, with its colon ("Location:")
     * @param value the value
     */
    public record Field(String label, Text value) {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public Fields {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("fields: must not be empty");
        }
    }
}
