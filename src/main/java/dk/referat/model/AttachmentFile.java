package dk.referat.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A file published with an attachment.
 *
 * @param contentPath the file's path inside content/ ("boerne-og-ungeudvalget/bilag/status.md")
 * @param format      the format's common name ("PDF", "Markdown", "Word")
 * @param sha256      the file's SHA-256 checksum, hex
 * @param text        the document itself when it is Markdown, rendered; empty for other formats
 * @param pdf         the text and accessibility facts of a PDF; empty for other formats
 */
public record AttachmentFile(String contentPath, String fileName, String format, long size, String sha256,
                             Optional<RichText> text, Optional<PdfContent> pdf) {

    public AttachmentFile {
        Objects.requireNonNull(contentPath, "contentPath");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pdf, "pdf");
    }

    /** A Markdown attachment is published as a page, not as a file to download. */
    public boolean isDocument() {
        return text.isPresent();
    }
}
