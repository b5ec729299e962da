package dk.referat.parse;

/**
 * Raw HTML that is not an element and never reaches a page: what it is called in messages, and the
 * marker that ends it (an HTML block of this kind runs to that marker, over blank lines and headings).
 */
enum Unpublishable {
    COMMENT("<!--", "-->", "an HTML comment"),
    PROCESSING_INSTRUCTION("<?", "?>", "a processing instruction (<?…?>)"),
    CDATA("<![CDATA[", "]]>", "a CDATA section"),
    DECLARATION("<!", ">", "a declaration (<!…>)");

    final String opening;
    final String closing;
    final String label;

    Unpublishable(String opening, String closing, String label) {
        this.opening = opening;
        this.closing = closing;
        this.label = label;
    }

    /** The kind the raw text starts with, or null for an element; CDATA and comments before the declaration they also look like. */
    static Unpublishable of(String raw) {
        String text = raw.stripLeading();
        for (Unpublishable kind : values()) {
            if (text.startsWith(kind.opening)) return kind;
        }
        return null;
    }
}
