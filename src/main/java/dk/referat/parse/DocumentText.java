package dk.referat.parse;

import dk.referat.diagnostics.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text an attachment file that is not a PDF or Markdown carries, as far as is needed to check
 * it before it is published: the XML parts of an Office Open XML or OpenDocument file with their
 * tags taken out, and for other files (Word and Excel 97-2003, images with their metadata, CSV and
 * plain text) the bytes read both as Latin-1 and as UTF-16, which is how those formats store text.
 */
final class DocumentText {
    /** A zip file's parts are read up to this many bytes in all: an attachment is no zip bomb's victim. */
    private static final long MAX_UNZIPPED = 256L * 1024 * 1024;
    /** Where a paragraph, cell or row ends, a line ends: numbers in neighbouring cells are not one number. */
    private static final Pattern BLOCK_END = Pattern.compile("</(?:w:p|w:tc|a:p|text:p|text:h|table:table-cell|si|c|v|row)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private DocumentText() {
    }

    /**
     * The file's text by where it was found ("in word/document.xml of skrivelse.docx"), for messages.
     *
     * @param name the file's name, as the messages give it
     */
    static Map<Message, String> of(boolean zipped, byte[] bytes, String name) {
        Map<Message, String> parts = new LinkedHashMap<>();
        if (zipped) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                long read = 0;
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (!entry.getName().endsWith(".xml")) continue;
                    byte[] part = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNZIPPED - read));
                    read += part.length;
                    String xml = new String(part, StandardCharsets.UTF_8);
                    parts.put(Message.of("cpr.in.part", entry.getName(), name), TAG.matcher(BLOCK_END.matcher(xml).replaceAll("\n")).replaceAll(""));
                    if (read >= MAX_UNZIPPED) break;
                }
                return parts;
            } catch (IOException e) {
                // Not a readable zip after all: its bytes are read as they are, below.
            }
        }
        parts.put(Message.of("cpr.in.file", name), new String(bytes, StandardCharsets.ISO_8859_1));
        // UTF-16 text may start at an odd byte of the file.
        parts.put(Message.of("cpr.in.file-text", name), new String(bytes, StandardCharsets.UTF_16LE) + "\n"
                + new String(bytes, 1, Math.max(0, bytes.length - 1), StandardCharsets.UTF_16LE));
        return parts;
    }
}
