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
        super(prefix(step) + message, cause);
        this.step = step;
        this.problems = List.of();
    }

    /** The build ran out of memory in a step: what it was doing and how large Java's heap was. */
    public static BuildFailedException outOfMemory(BuildStep step, String what, OutOfMemoryError cause) {
        long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return new BuildFailedException(step, "Java ran out of memory (its heap is " + heap + " MB)"
                + (what.equals(step.label()) ? "" : " at " + what), cause);
    }

    /** Whether the build stopped for want of memory: the operator's fix is then more of it, or a lighter build. */
    public boolean isOutOfMemory() {
        return getCause() instanceof OutOfMemoryError;
    }

    /**
     * The same want of memory, told how far the build had got ("20,000 records read and 81,000 of
     * 96,370 pages written") and what to do.
     */
    public BuildFailedException reached(String size) {
        if (!isOutOfMemory()) throw new IllegalStateException("only a build that ran out of memory is told its size: " + this);
        BuildFailedException told = new BuildFailedException(step, getMessage().substring(prefix(step).length())
                + ", with " + size + "; nothing was written, the previous site is as it was"
                + "\n    fix: give Java more memory: ./referat takes up to 40 % of the machine's (REFERAT_JAVA_OPTS=\"-XX:+UseParallelGC"
                + " -XX:MaxRAMPercentage=70\" for more), java -jar a quarter unless told (java -Xmx8g -jar …); the heap holds the"
                + " records' text, about 50 MB for each 1,000 records, whatever else is built", getCause());
        told.setStackTrace(getStackTrace());
        return told;
    }

    private static String prefix(BuildStep step) {
        return "build failed in step \"" + step.label() + "\": ";
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
