package dev.clerk.model.io;

import java.util.List;
import java.util.stream.Collectors;

/** An input file that cannot be used; carries every problem found, each with file, line, column and field. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: an input exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found, errors and warnings, in the order of the file. */
    public List<Problem> problems() {
        return problems;
    }
}
