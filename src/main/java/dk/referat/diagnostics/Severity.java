package dk.referat.diagnostics;

/** How bad a problem is: an error stops the build, a warning is reported and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The machine's word, the same in every language: CI annotations and JSON reports use it. */
    public String label() {
        return label;
    }

    /** The word a person reads ("fejl", "advarsel"). */
    public Message said() {
        return Message.of("severity." + label);
    }
}
