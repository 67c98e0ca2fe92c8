package dev.clerk.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * Where a meeting takes place: an optional name ("City Hall, Room 400") and the address lines.
 *
 * @param name    the place's name, or null
 * @param address the address, one line each ("25 Van Ness Avenue", "Suite 240", ...)
 */
public record Location(String name, List<String> address) {
    public Location {
        name = Checks.optional(name);
        address = Checks.texts(address, "address");
        if (name == null && address.isEmpty()) {
            throw new IllegalArgumentException("location: needs a name or an address");
        }
    }

    /** The name and address lines, in order, without blanks. */
    public List<String> lines() {
        return name == null ? address : Stream.concat(Stream.of(name), address.stream()).toList();
    }
}
