package dk.referat.parse;

/**
 * A content file cut into its header and its Markdown body, with the line each begins on.
 *
 * @param header     the header text (YAML or JBake's key=value lines); empty when there is none
 * @param headerLine the 1-based file line of the header's first line
 * @param body       the Markdown after the header
 * @param bodyLine   the 1-based file line of the body's first line
 */
public record SplitDocument(HeaderFormat format, String header, int headerLine, String body, int bodyLine) {

    public enum HeaderFormat { YAML, JBAKE, NONE }
}
