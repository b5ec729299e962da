package dk.referat.diagnostics;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Problems written for people, for machines (JSON) and as CI annotations: GitHub Actions workflow
 * commands and GitLab's code-quality report, so errors appear on the right line of a pull request.
 * The words are in the reader's language; the fields' names and the severities are the machines'.
 */
public enum ProblemFormat {
    HUMAN, JSON, GITHUB, GITLAB;

    public String write(List<Problem> problems, Language language) {
        Catalogue words = Catalogue.of(language);
        return switch (this) {
            case HUMAN -> problems.stream().map(p -> p.format(language)).collect(Collectors.joining("\n"));
            case JSON -> problems.stream().map(p -> "  {\"file\": " + quote(p.file()) + ", \"line\": " + p.line()
                    + ", \"column\": " + p.column() + ", \"severity\": " + quote(p.severity().label())
                    + ", \"message\": " + quote(words.say(p.message())) + ", \"hint\": " + quote(words.say(p.hint())) + "}")
                    .collect(Collectors.joining(",\n", "[\n", problems.isEmpty() ? "]" : "\n]"));
            case GITHUB -> problems.stream().map(p -> "::" + p.severity().label() + " file=" + property(p.file())
                    + (p.line() > 0 ? ",line=" + p.line() : "") + (p.column() > 0 ? ",col=" + p.column() : "")
                    + "::" + escape(withHint(p, words)))
                    .collect(Collectors.joining("\n"));
            case GITLAB -> problems.stream().map(p -> "  {\"description\": " + quote(withHint(p, words))
                    + ", \"check_name\": \"referat\", "
                    + "\"fingerprint\": " + quote(Integer.toHexString((p.file() + p.line() + p.column() + p.message()).hashCode()))
                    + ", \"severity\": " + quote(p.isError() ? "major" : "minor") + ", \"location\": {\"path\": "
                    + quote(p.file()) + ", \"lines\": {\"begin\": " + Math.max(1, p.line()) + "}}}")
                    .collect(Collectors.joining(",\n", "[\n", problems.isEmpty() ? "]" : "\n]"));
        };
    }

    public static ProblemFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** One line for an annotation: the message, and the hint in brackets. */
    private static String withHint(Problem p, Catalogue words) {
        return words.say(p.message()) + (p.hint().isNone() ? "" : " (" + words.say("problem.hint") + ": " + words.say(p.hint()) + ")");
    }

    /** GitHub's workflow commands also reserve ':' and ',' inside property values. */
    private static String property(String s) {
        return escape(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static String escape(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
