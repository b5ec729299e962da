package dk.referat.guard;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;

/**
 * Invisible control characters (U+0000–U+001F but tab and line ends, U+007F–U+009F) usually come with
 * text copied out of another program. No page, feed or calendar may carry them (XML forbids most of
 * them), so the build stops at each, where the editor wrote it, rather than at the output that
 * cannot hold it.
 */
public final class ControlCharacters {
    /** A file full of them needs no more messages than this to be found and fixed. */
    private static final int MAX_REPORTED = 20;

    private ControlCharacters() {
    }

    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * @param text  a file's text, line ends normalised
     * @param first where the text's first line is in its file
     * @return whether the text holds none
     */
    public static boolean scan(String text, SourcePosition first, Problems problems) {
        int line = 0;
        int lineStart = 0;
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (isControl(c) && found++ < MAX_REPORTED) {
                problems.error(first.atLine(first.line() + line, i - lineStart + 1),
                        Message.of("text.control-character", String.format("U+%04X", (int) c)),
                        c < 0x80 ? Message.of("text.control-character.copied", String.valueOf((char) ((c + 64) & 0x7F)))
                                : Message.of("text.control-character.encoding"));
            }
        }
        return found == 0;
    }

    /** Text the editor did not write (a PDF's extracted text): its control characters become spaces. */
    public static String blank(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                if (out == null) out = new StringBuilder(text);
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? text : out.toString();
    }
}
