package dev.clerk.importer;

import dev.clerk.model.Meeting;
import dev.clerk.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import found: the meeting, what in it was guessed, the people not yet on the roster, and warnings.
 *
 * @param meeting    the meeting read from the minutes
 * @param guesses    the facts that were inferred rather than read as written, each with the field it concerns
 * @param newPeople  people the minutes name (attendees and owners) who are not on the roster given
 * @param warnings   what could not be read or was left out, one sentence each, with the line when known
 * @param placements where each non-blank line of the source went, in line order; empty when the source is not
 *                   read line by line (Clerk's own Word minutes)
 */
public record ImportResult(Meeting meeting, List<Guess> guesses, List<Person> newPeople, List<String> warnings,
                           List<Placement> placements) {
    public ImportResult {
        Objects.requireNonNull(meeting, "meeting");
        guesses = List.copyOf(guesses);
        newPeople = List.copyOf(newPeople);
        warnings = List.copyOf(warnings);
        placements = List.copyOf(placements);
    }

    /**
     * The comments the meeting file carries, by the path of the field each goes above: the wording of each line read
     * into fields that do not hold it as written ({@code as written (line 7): ...}), then each guess
     * ({@code check: ...}).
     */
    public Map<String, List<String>> comments() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Placement p : placements) {
            String path = p.wordingPath();
            if (path != null) {
                out.computeIfAbsent(path, k -> new ArrayList<>()).add(p.wordingComment());
            }
        }
        checkComments().forEach((path, notes) -> out.computeIfAbsent(path, k -> new ArrayList<>()).addAll(notes));
        return out;
    }

    /** The guesses alone as comments ({@code check: ...}), by the path of the field each goes above. */
    public Map<String, List<String>> checkComments() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Guess g : guesses) {
            out.computeIfAbsent(g.path(), k -> new ArrayList<>()).add(g.comment());
        }
        return out;
    }

    /** A result with no line placements, for sources not read line by line. */
    public ImportResult(Meeting meeting, List<Guess> guesses, List<Person> newPeople, List<String> warnings) {
        this(meeting, guesses, newPeople, warnings, List.of());
    }
}
