package dk.referat.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/** The build stopped: either the content has errors, or a step failed for another reason (I/O, a template). */
public final class BuildFailedException extends RuntimeException {
    private final BuildStep step;
    private final transient List<Problem> problems;

    public BuildFailedException(BuildStep step, List<Problem> problems) {
        super(summary(step, problems));
        this.step = step;
        this.problems = List.copyOf(problems);
    }

    public BuildFailedException(BuildStep step, String message, Throwable cause) {
        super("build failed in step \"" + step.label() + "\": " + message, cause);
        this.step = step;
        this.problems = List.of();
    }

    public BuildStep step() {
        return step;
    }

    /** Every problem found, errors and warnings, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /** The report an editor reads: every problem, then one line saying how many. */
    public String report() {
        if (problems.isEmpty()) return getMessage();
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n")) + "\n" + getMessage();
    }

    private static String summary(BuildStep step, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return "build failed in step \"" + step.label() + "\": " + errors + (errors == 1 ? " error" : " errors")
                + "; nothing was written";
    }
}
