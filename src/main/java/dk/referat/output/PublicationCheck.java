package dk.referat.output;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.ToldFailure;
import dk.referat.guard.CprGuard;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The last check on every text the site publishes, made as it is written: no file leaves the build
 * holding a CPR number, whatever made it. Every source is checked where it is read, with its file and
 * line, so this check finds only what a source check does not reach; it is the one place no new
 * output can go around, because every file is written by {@link SiteWriter}.
 */
final class PublicationCheck {
    /** Files whose bytes are text a reader sees; images, PDFs and office files were checked when they were read. */
    private static final Set<String> TEXT = Set.of("html", "xml", "json", "ics", "txt", "css", "js", "mjs", "svg", "csv", "webmanifest");

    private PublicationCheck() {
    }

    static boolean isText(String sitePath) {
        String path = sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && TEXT.contains(path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** @throws ToldFailure naming the file and line, when the text holds a CPR number */
    static void check(String sitePath, CharSequence text) {
        OptionalInt at = CprGuard.find(text);
        if (at.isPresent()) throw found(sitePath, 1 + countLines(text, 0, at.getAsInt()));
    }

    private static ToldFailure found(String sitePath, int line) {
        return new ToldFailure(Message.of("output.cpr", sitePath, CprGuard.MASKED, String.valueOf(line)));
    }

    private static int countLines(CharSequence text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) if (text.charAt(i) == '\n') lines++;
        return lines;
    }

    /** A writer that checks what passes through it; a number split across two writes is found too. */
    static final class Checked extends FilterWriter {
        /** The longest CPR number with the characters that tell whether it stands alone. */
        private static final int OVERLAP = 12;
        private final String sitePath;
        private final StringBuilder window = new StringBuilder();
        private int linesBefore;

        Checked(Writer out, String sitePath) {
            super(out);
            this.sitePath = sitePath;
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            look(java.nio.CharBuffer.wrap(chars, off, len));
            out.write(chars, off, len);
        }

        @Override
        public void write(String text, int off, int len) throws IOException {
            look(text.subSequence(off, off + len));
            out.write(text, off, len);
        }

        private void look(CharSequence chunk) {
            window.append(chunk);
            OptionalInt at = CprGuard.find(window);
            if (at.isPresent()) throw found(sitePath, 1 + linesBefore + countLines(window, 0, at.getAsInt()));
            int keep = Math.min(OVERLAP, window.length());
            linesBefore += countLines(window, 0, window.length() - keep);
            window.delete(0, window.length() - keep);
        }
    }
}
