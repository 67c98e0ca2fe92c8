package dev.clerk.model.check;

import dev.clerk.model.io.ModelWriter;
import dev.clerk.model.io.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The report as JSON: counts of errors, warnings, committees, meetings and action items, then the problems. */
    public String toJson() {
        Map<String, Number> counts = new LinkedHashMap<>();
        counts.put("errors", errors());
        counts.put("warnings", warnings());
        counts.put("committees", committees);
        counts.put("meetings", meetings);
        counts.put("actionItems", actionItems);
        return ModelWriter.json(counts, problems);
    }

    /** Whether nothing stops the files from being used. */
    public boolean isClean() {
        return errors() == 0;
    }
}
