package dk.referat.diagnostics;

/** How bad a problem is: an error stops the build, a warning is reported and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
