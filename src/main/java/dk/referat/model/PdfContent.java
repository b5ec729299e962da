package dk.referat.model;

import java.util.List;
import java.util.Objects;

/**
 * What a PDF attachment holds and how accessible it is, as read from the file.
 *
 * @param pageTexts each page's text, in order (a page may be empty, e.g. a scanned image)
 * @param tagged    whether the PDF is tagged (marked, with a structure tree): what screen readers need
 * @param title     the document title from its metadata; empty when it has none
 * @param language  the document language (e.g. "da-DK"); empty when it has none
 */
public record PdfContent(List<String> pageTexts, boolean tagged, String title, String language) {

    public PdfContent {
        pageTexts = List.copyOf(pageTexts);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
    }

    public int pageCount() {
        return pageTexts.size();
    }

    /** Whether the PDF meets the three checks the accessibility report makes. */
    public boolean isAccessible() {
        return tagged && !title.isBlank() && !language.isBlank();
    }
}
