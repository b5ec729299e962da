package dk.referat;

import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.BuildStep;
import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How a step of the build is run, the same for {@code build} and {@code serve}: what failed is named
 * with its step, content errors stop the build after the step that found them, and with
 * {@code -Dreferat.timings=true} each step's wall time goes to standard error.
 */
public final class BuildSteps {
    /** {@code -Dreferat.timings=true} prints each step's wall time to standard error: where a build's time goes. */
    static final boolean TIMINGS = Boolean.getBoolean("referat.timings");

    private BuildSteps() {
    }

    /** Runs a content step; if it (or an earlier one) found errors, the build stops here, naming the step. */
    public static <T> T content(BuildStep step, Problems problems, Supplier<T> work) {
        T result = run(step, Message.NONE, work);
        if (problems.hasErrors()) throw new BuildFailedException(step, problems.sorted());
        return result;
    }

    /** Wraps an unexpected failure with the step and the part of the build it happened in; timed. */
    public static <T> T run(BuildStep step, Message what, Supplier<T> work) {
        if (!TIMINGS) return step.run(what, work);
        long started = System.nanoTime();
        T result = step.run(what, work);
        time(step.label() + (what.isNone() ? "" : ": " + Catalogue.of(Language.ENGLISH).say(what)), started);
        return result;
    }

    /** Wraps an unexpected failure with the step and the page or file it happened on; pages are timed together. */
    public static <T> T run(BuildStep step, String page, Supplier<T> work) {
        return step.run(page, work);
    }

    /** With timings on, how long something took since {@code started} ({@link System#nanoTime()}). */
    public static void time(String what, long started) {
        if (TIMINGS) System.err.printf(java.util.Locale.ROOT, "Referat: %-50s %7.0f ms%n", what, (System.nanoTime() - started) / 1e6);
    }

    /**
     * What the configuration leaves unsaid, once the content is fine: the accessibility statement's
     * unstated parts and the referat.* keys Referat does not know. The preview says them as a build does.
     */
    public static List<Problem> configurationWarnings(SiteConfig config) {
        List<Problem> warnings = new ArrayList<>(
                config.accessibility().unstatedWarnings(config.displayName(config.root().resolve(ConfigReader.FILE_NAME))));
        warnings.addAll(ConfigReader.unknownKeys(config.root()));
        return warnings;
    }
}
