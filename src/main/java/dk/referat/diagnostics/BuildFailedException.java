package dk.referat.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The build stopped: either the content has errors, or a step failed for another reason (I/O, a
 * template). What it says is kept as a {@link Message} and put into words by {@link #report(Language)};
 * {@link #getMessage()} is the English, for logs and stack traces.
 */
public final class BuildFailedException extends RuntimeException {
    private final BuildStep step;
    private final transient List<Problem> problems;
    private final transient Message summary;

    public BuildFailedException(BuildStep step, List<Problem> problems) {
        this(step, problems, Message.of("build.failed.content", step.said(),
                problems.stream().filter(Problem::isError).count()), null);
    }

    /** A step failed for a reason that is no content's: {@code detail} is what went wrong. */
    public BuildFailedException(BuildStep step, Message what, Message detail, Throwable cause) {
        this(step, List.of(), what.isNone() ? Message.of("build.failed", step.said(), detail)
                : Message.of("build.failed.at", step.said(), what, detail), cause);
    }

    private BuildFailedException(BuildStep step, List<Problem> problems, Message summary, Throwable cause) {
        super(Catalogue.of(Language.ENGLISH).say(summary), cause);
        this.step = step;
        this.problems = List.copyOf(problems);
        this.summary = summary;
    }

    /** The build ran out of memory in a step: what it was doing and how large Java's heap was. */
    public static BuildFailedException outOfMemory(BuildStep step, Message what, OutOfMemoryError cause) {
        long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return new BuildFailedException(step, List.of(), what.isNone() ? Message.of("build.out-of-memory", step.said(), heap)
                : Message.of("build.out-of-memory.at", step.said(), heap, what), cause);
    }

    /** Whether the build stopped for want of memory: the operator's fix is then more of it, or a lighter build. */
    public boolean isOutOfMemory() {
        return getCause() instanceof OutOfMemoryError;
    }

    /**
     * The same want of memory, told how far the build had got ("20.000 records read and 81.000 of
     * 96.370 pages written") and what to do.
     */
    public BuildFailedException reached(Message size) {
        if (!isOutOfMemory()) throw new IllegalStateException("only a build that ran out of memory is told its size: " + this);
        BuildFailedException told = new BuildFailedException(step, List.of(), Message.of("build.out-of-memory.reached", summary, size), getCause());
        told.setStackTrace(getStackTrace());
        return told;
    }

    public BuildStep step() {
        return step;
    }

    /** Every problem found, errors and warnings, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    /** The one line that says why the build stopped, in the reader's language. */
    public String summary(Language language) {
        return Catalogue.of(language).say(summary);
    }

    /** The report an editor reads: every problem, then one line saying how many. */
    public String report(Language language) {
        String last = summary(language);
        if (problems.isEmpty()) return last;
        return problems.stream().map(p -> p.format(language)).collect(Collectors.joining("\n")) + "\n" + last;
    }
}
