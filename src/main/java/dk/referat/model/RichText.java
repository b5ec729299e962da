package dk.referat.model;

import java.util.Objects;

/**
 * Formatted text from the editor's Markdown: the HTML fragment Referat produced from it (escaped and
 * never raw editor HTML), and the same text without markup for excerpts, search and checks.
 */
public record RichText(String html, String plainText) {
    public static final RichText EMPTY = new RichText("", "");

    public RichText {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(plainText, "plainText");
    }

    public boolean isEmpty() {
        return html.isBlank();
    }

    public RichText append(RichText more) {
        if (isEmpty()) return more;
        if (more.isEmpty()) return this;
        return new RichText(html + more.html, plainText + "\n" + more.plainText);
    }
}
