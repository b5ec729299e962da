package dk.referat.parse;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;

/**
 * What Markdown a record may hold, so that every input is read in bounded time and stack. Flexmark
 * recurses once per level of nesting and per character of a thematic break, and its inline parser
 * copies the rest of a paragraph at every link, so a hostile text stops it with a StackOverflowError
 * or takes time that grows with the square of a paragraph's length. No real minutes come near these
 * limits (docs/content-format.md lists them); a text beyond them gets a message at its line instead.
 */
final class MarkdownLimits {
    /** A thematic break needs three characters. */
    static final int MAX_RULE_LENGTH = 200;
    /** Columns of indentation, and '>' markers of block quotes, on one line. */
    static final int MAX_NESTING = 100;
    /** Characters in one paragraph (lines without a blank line between), outside code fences: some sixteen pages of unbroken text. */
    static final int MAX_PARAGRAPH = 50_000;

    private MarkdownLimits() {
    }

    /**
     * Code fences are not followed: whether a fence is one depends on the lists around it, and a limit
     * that a line of backticks could switch off would bound nothing.
     *
     * @return whether the text is within the limits; each place beyond them is an error
     */
    static boolean check(String text, SourcePosition first, Problems problems) {
        boolean ok = true;
        int paragraph = 0;
        int paragraphLine = -1;
        boolean reported = false;
        boolean nestingReported = false;
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end);
            SourcePosition at = first.atLine(first.line() + lineNumber, 1);
            String stripped = line.strip();
            // Flexmark parses a heading, a table row and a list item's text on their own: each starts afresh.
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("|") || LIST_ITEM.matcher(stripped).lookingAt()) {
                paragraph = 0;
            }
            if (!stripped.isEmpty()) {
                if (paragraph == 0) {
                    paragraphLine = lineNumber;
                    reported = false;
                }
                paragraph += line.length() + 1;
                if (paragraph > MAX_PARAGRAPH && !reported) {
                    problems.error(first.atLine(first.line() + paragraphLine, 1), Message.of("markdown.paragraph.long", MAX_PARAGRAPH));
                    reported = true;
                    ok = false;
                }
                if (stripped.length() > MAX_RULE_LENGTH && stripped.chars().allMatch(c -> c == '-' || c == '*' || c == '_' || c == ' ' || c == '\t')) {
                    problems.error(at, Message.of("markdown.rule.long", String.valueOf(stripped.length()), String.valueOf(stripped.charAt(0))));
                    ok = false;
                } else {
                    int depth = nesting(line);
                    // The first line too deep is enough to say it: a deep list would say it on every line.
                    if (depth > MAX_NESTING && !nestingReported) {
                        nestingReported = true;
                        problems.error(at, Message.of("markdown.nesting", String.valueOf(depth), String.valueOf(MAX_NESTING)));
                        ok = false;
                    }
                }
            }
            lineNumber++;
            start = end + 1;
        }
        return ok;
    }

    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("([-*+]|\\d{1,9}[.)])([ \\t]|$)");

    /**
     * The levels a line opens before its text: a '>' or a list marker is one each, and four columns of
     * indentation are one (as deep as a nested list's item is indented).
     */
    static int nesting(String line) {
        int markers = 0;
        int columns = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4;
            } else if (c == '>') {
                markers++;
                if (i + 1 < line.length() && line.charAt(i + 1) == ' ') i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < line.length() && line.charAt(i + 1) == ' ') {
                markers++;
                i++;
            } else {
                break;
            }
            i++;
        }
        return markers + columns / 4;
    }
}
