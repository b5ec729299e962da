package dk.referat.parse;

import dk.referat.diagnostics.Message;

/**
 * Raw HTML that is not an element and never reaches a page: what it is called in messages (its key in
 * the message catalogue), and the marker that ends it (an HTML block of this kind runs to that marker,
 * over blank lines and headings).
 */
enum Unpublishable {
    COMMENT("<!--", "-->", "html.kind.comment"),
    PROCESSING_INSTRUCTION("<?", "?>", "html.kind.processing-instruction"),
    CDATA("<![CDATA[", "]]>", "html.kind.cdata"),
    DECLARATION("<!", ">", "html.kind.declaration");

    final String opening;
    final String closing;
    /** What it is called: "an HTML comment". */
    final Message label;

    Unpublishable(String opening, String closing, String label) {
        this.opening = opening;
        this.closing = closing;
        this.label = Message.of(label);
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
