package dk.referat.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems from every stage, so the editor sees all of them at once rather than one per
 * build. Stages run in parallel later, hence the synchronisation.
 */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();
    private final boolean history;

    public Problems() {
        this(false);
    }

    private Problems(boolean history) {
        this.history = history;
    }

    /**
     * For reading an earlier version of a record from git, to tell whether it was published: a check
     * added since (a slip a clerk is told of) did not stop that version being built, so there it is
     * a warning. What would have stopped any build then (a broken header, a missing field) still does.
     */
    public static Problems forHistory() {
        return new Problems(true);
    }

    /** An error in the record as it is now; in an earlier version from git, a warning (see {@link #forHistory()}). */
    public void editorialError(SourcePosition at, Message message) {
        if (history) warning(at, message);
        else error(at, message);
    }

    public void editorialError(SourcePosition at, Message message, Message hint) {
        if (history) warning(at, message, hint);
        else error(at, message, hint);
    }


    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(Problems other) {
        List<Problem> copy = other.sorted();
        synchronized (this) {
            problems.addAll(copy);
        }
    }

    /** An error with its message's own hint ({@code key.fix}) when the catalogue has one. */
    public void error(SourcePosition at, Message message) {
        add(Problem.of(at, Severity.ERROR, message));
    }

    public void error(SourcePosition at, Message message, Message hint) {
        add(new Problem(at.file(), at.line(), at.column(), Severity.ERROR, message, hint));
    }

    /** A warning with its message's own hint ({@code key.fix}) when the catalogue has one. */
    public void warning(SourcePosition at, Message message) {
        add(Problem.of(at, Severity.WARNING, message));
    }

    public void warning(SourcePosition at, Message message, Message hint) {
        add(new Problem(at.file(), at.line(), at.column(), Severity.WARNING, message, hint));
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public synchronized List<Problem> sorted() {
        return problems.stream().sorted(Problem.BY_LOCATION).toList();
    }

    public synchronized List<Problem> errors() {
        return sorted().stream().filter(Problem::isError).toList();
    }

    public synchronized List<Problem> warnings() {
        return sorted().stream().filter(p -> !p.isError()).toList();
    }
}
