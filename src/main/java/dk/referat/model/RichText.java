package dk.referat.model;

import java.util.Objects;

/**
 * Formatted text from the editor's Markdown: the HTML fragment Referat produced from it (text escaped;
 * raw HTML the editor wrote only as cleaned with the build's safelist). The same text without markup, for excerpts, search and checks, is derived
 * when asked for rather than stored: a 20,000-record site would otherwise hold every text twice.
 */
public record RichText(String html) {
    public static final RichText EMPTY = new RichText("");

    public RichText {
        Objects.requireNonNull(html, "html");
    }

    public boolean isEmpty() {
        return html.isBlank();
    }

    /** The text a reader sees: tags dropped, each run of white space one space, entities decoded. */
    public String plainText() {
        return textOf(html);
    }

    public RichText append(RichText more) {
        if (isEmpty()) return more;
        if (more.isEmpty()) return this;
        return new RichText(html + more.html);
    }

    /**
     * The text of HTML that Referat's Markdown renderer wrote: it never has '>' inside an attribute
     * value and writes only the entities below, so a character scan does what a full HTML parse would,
     * at a fraction of the cost.
     */
    public static String textOf(String html) {
        return textOf(html, Integer.MAX_VALUE);
    }

    /**
     * The first {@code length} characters of {@link #plainText()}, or all of it when it is shorter:
     * the opening words a timeline shows, without reading the rest of a long text.
     */
    public String plainTextStart(int length) {
        String text = textOf(html, length);
        return text.length() > length ? text.substring(0, length) : text;
    }

    /** The text, stopped once it is longer than {@code limit}. */
    private static String textOf(String html, int limit) {
        StringBuilder text = new StringBuilder((int) Math.min(html.length(), limit + 16L));
        boolean inTag = false;
        boolean space = false;
        for (int i = 0; i < html.length() && text.length() <= limit; i++) {
            char c = html.charAt(i);
            if (inTag) {
                if (c == '>') {
                    inTag = false;
                    space = true;
                }
            } else if (c == '<') {
                inTag = true;
            } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b') {
                space = true;
            } else {
                if (space && text.length() > 0) text.append(' ');
                space = false;
                int end = c == '&' ? semicolonNear(html, i) : -1;
                String decoded = end > i ? entity(html.substring(i + 1, end)) : null;
                if (decoded != null) {
                    text.append(decoded);
                    i = end;
                } else {
                    text.append(c);
                }
            }
        }
        return text.toString();
    }

    /** The ';' ending an entity that starts at {@code amp}, looked for only as far as an entity reaches; -1 for none. */
    private static int semicolonNear(String html, int amp) {
        for (int i = amp + 1; i < html.length() && i - amp <= 10; i++) {
            if (html.charAt(i) == ';') return i;
        }
        return -1;
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return "\u00a0";
            default:
                if (name.length() < 2 || name.charAt(0) != '#') return null;
                try {
                    int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }
}
