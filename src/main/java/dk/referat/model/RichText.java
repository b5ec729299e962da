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
        StringBuilder text = new StringBuilder(html.length());
        boolean inTag = false;
        boolean space = false;
        for (int i = 0; i < html.length(); i++) {
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
                int end = c == '&' ? html.indexOf(';', i) : -1;
                String decoded = end > i && end - i <= 10 ? entity(html.substring(i + 1, end)) : null;
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
