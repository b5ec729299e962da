package dk.referat.diagnostics;

/**
 * The named steps of a build, in the order data flows through them. Every failure is reported with
 * the step it happened in, as Hugo does, so an operator knows where to look.
 */
public enum BuildStep {
    CONFIGURE("configure"),
    SOURCE("source"),
    /** Per file: front matter and Markdown parsed, then checked into the typed model. */
    PARSE("parse"),
    RESOLVE("resolve"),
    RENDER("render"),
    POSTPROCESS("postprocess"),
    WRITE("write");

    private final String label;

    BuildStep(String label) {
        this.label = label;
    }

    /** The step's name in the machines' words: logs, timings, the English report. */
    public String label() {
        return label;
    }

    /** The step's name as the reader's language says it ("indlæsning"). */
    public Message said() {
        return Message.of("step." + label);
    }

    /** Runs work of this step on a page or file, named by its address or file name ({@code what}). */
    public <T> T run(String what, java.util.function.Supplier<T> work) {
        return run(what.equals(label) ? Message.NONE : Message.verbatim(what), work);
    }

    /**
     * Runs work of this step; an unexpected failure is reported with the step and what it was working on.
     * Running out of memory is such a failure too: the work's objects are let go as the error passes up,
     * and the build ends with a message that says what to do instead of a Java stack trace.
     *
     * @param what what the work is on, in words; {@link Message#NONE} for the step as a whole
     */
    public <T> T run(Message what, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (BuildFailedException e) {
            throw e;
        } catch (ToldFailure e) {
            throw new BuildFailedException(this, what, e.told(), e);
        } catch (RuntimeException e) {
            throw new BuildFailedException(this, what, Message.verbatim(e.getMessage() == null ? e.toString() : e.getMessage()), e);
        } catch (OutOfMemoryError e) {
            throw BuildFailedException.outOfMemory(this, what, e);
        }
    }
}
