package dk.referat.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A file published with an attachment.
 *
 * @param contentPath the file's path inside content/ ("boerne-og-ungeudvalget/bilag/status.md")
 * @param text        the document itself when it is Markdown, rendered; empty for other formats
 */
public record AttachmentFile(String contentPath, String fileName, long size, Optional<RichText> text) {

    public AttachmentFile {
        Objects.requireNonNull(contentPath, "contentPath");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
    }
}
