package dev.clerk.model.check;

import dev.clerk.model.io.Problem;
import java.util.List;

/**
 * What {@code clerk check} found.
 *
 * @param problems    every problem, errors and warnings, in file order
 * @param committees  the committee folders read
 * @param meetings    the meeting files read
 * @param actionItems the action items in them
 */
public record CheckReport(List<Problem> problems, int committees, int meetings, int actionItems) {
    public CheckReport {
        problems = List.copyOf(problems);
    }

    /** The number of errors. */
    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    /** The number of warnings. */
    public long warnings() {
        return problems.size() - errors();
    }

    /** Whether nothing stops the files from being used. */
    public boolean isClean() {
        return errors() == 0;
    }
}
