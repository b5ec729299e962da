package dk.referat.parse;

import dk.referat.guard.ControlCharacters;
import dk.referat.guard.CprGuard;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import dk.referat.model.AttachmentFile;
import dk.referat.model.PdfContent;
import dk.referat.model.RichText;
import dk.referat.source.SourceFile;
import dk.referat.source.SourceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads attachment files: checks that each is what its extension says, and takes what the site
 * shows of it (size, checksum; a PDF's pages, text and accessibility facts; a Markdown document
 * rendered). Each file is read once however many items list it.
 */
public final class AttachmentReader {

    /** The formats Referat publishes, by extension: the name citizens see and the bytes a file must start with. */
    private enum Format {
        PDF("PDF", "%PDF-"),
        MARKDOWN("Markdown", null),
        DOCX("Word", "PK\u0003\u0004"), XLSX("Excel", "PK\u0003\u0004"), PPTX("PowerPoint", "PK\u0003\u0004"),
        ODT("OpenDocument-tekst", "PK\u0003\u0004"), ODS("OpenDocument-regneark", "PK\u0003\u0004"),
        DOC("Word 97-2003", "\u00d0\u00cf\u0011\u00e0"), XLS("Excel 97-2003", "\u00d0\u00cf\u0011\u00e0"),
        PNG("PNG-billede", "\u0089PNG"), JPG("JPEG-billede", "\u00ff\u00d8\u00ff"), JPEG("JPEG-billede", "\u00ff\u00d8\u00ff"),
        CSV("CSV", null), TXT("Tekst", null);

        final String label;
        final byte[] magic;

        /** Office Open XML and OpenDocument files are zip files of XML parts. */
        boolean zipped() {
            return magic != null && magic[0] == 'P';
        }

        Format(String label, String magic) {
            this.label = label;
            this.magic = magic == null ? null : magic.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        static Optional<Format> of(String fileName) {
            if (SourceScanner.isMarkdown(java.nio.file.Path.of(fileName))) return Optional.of(MARKDOWN);
            int dot = fileName.lastIndexOf('.');
            if (dot < 0) return Optional.empty();
            String extension = fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.name().equals(extension)).findFirst();
        }
    }

    private final MarkdownParser markdown;
    private final Map<String, Optional<AttachmentFile>> read = new ConcurrentHashMap<>();

    public AttachmentReader(MarkdownParser markdown) {
        this.markdown = Objects.requireNonNull(markdown, "markdown");
    }

    /**
     * @param at where the record names the file, for messages
     */
    public Optional<AttachmentFile> read(SourceFile file, SourcePosition at, Problems problems) {
        // Problems found reading a shared file are reported once, at the first record that lists it.
        return read.computeIfAbsent(file.contentPath(), k -> readFile(file, at, problems));
    }

    private Optional<AttachmentFile> readFile(SourceFile file, SourcePosition at, Problems problems) {
        String name = file.path().getFileName().toString();
        Optional<Format> format = Format.of(name);
        if (format.isEmpty()) {
            problems.error(at, Message.of("attachment.format.unknown", name, Arrays.stream(Format.values())
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).filter(f -> !f.equals("pdf")).reduce((a, b) -> a + ", " + b).orElse("")));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            problems.error(at, Message.of("attachment.unreadable", name, Message.verbatim(String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        Format f = format.get();
        if (f.magic != null && !startsWith(bytes, f.magic)) {
            problems.error(at, Message.of("attachment.format.mismatch", name, f.label));
            return Optional.empty();
        }
        Optional<RichText> text = Optional.empty();
        Optional<PdfContent> pdf = Optional.empty();
        if (f == Format.MARKDOWN) {
            Optional<String> source = DocumentParser.readUtf8(file, problems);
            source.ifPresent(s -> CprGuard.scan(FrontMatterSplitter.normalise(s), new SourcePosition(file.displayName(), 1, 1), Message.NONE,
                    problems));
            source = source.filter(s -> ControlCharacters.scan(FrontMatterSplitter.normalise(s), new SourcePosition(file.displayName(), 1, 1), problems));
            // Under the attachment page's h2 "Bilagets tekst".
            text = source.map(s -> markdown.render(s, new SourcePosition(file.displayName(), 1, 1), 3, problems));
            if (text.isEmpty()) return Optional.empty();
        } else if (f == Format.PDF) {
            pdf = readPdf(bytes, name, at, problems);
            if (pdf.isEmpty()) return Optional.empty();
            for (int page = 0; page < pdf.get().pageCount(); page++) {
                CprGuard.scan(pdf.get().pageTexts().get(page), at, Message.of("cpr.in.page", String.valueOf(page + 1), name), problems);
            }
        } else {
            DocumentText.of(f.zipped(), bytes, name).forEach((part, content) -> CprGuard.scan(content, at, part, problems));
        }
        return Optional.of(new AttachmentFile(file.contentPath(), name, f.label, bytes.length, sha256(bytes), text, pdf));
    }

    private static Optional<PdfContent> readPdf(byte[] bytes, String name, SourcePosition at, Problems problems) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // A PDF's text may carry control characters no page or feed can hold; they are not the editor's to fix.
                pages.add(ControlCharacters.blank(stripper.getText(doc)).strip());
            }
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            boolean tagged = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked()
                    && catalog.getStructureTreeRoot() != null;
            String title = ControlCharacters.blank(Objects.toString(doc.getDocumentInformation().getTitle(), "")).strip();
            String language = Objects.toString(catalog.getLanguage(), "").strip();
            // The metadata travels with the published file and shows in every PDF reader.
            var info = doc.getDocumentInformation();
            Map<String, String> metadata = new java.util.LinkedHashMap<>();
            metadata.put("pdf.property.title", title);
            metadata.put("pdf.property.author", info.getAuthor());
            metadata.put("pdf.property.subject", info.getSubject());
            metadata.put("pdf.property.keywords", info.getKeywords());
            metadata.put("pdf.property.creator", info.getCreator());
            metadata.put("pdf.property.producer", info.getProducer());
            metadata.forEach((field, value) -> {
                if (value != null) CprGuard.scan(value, at, Message.of("cpr.in.pdf-property", Message.of(field), name), problems);
            });
            return Optional.of(new PdfContent(pages, tagged, title, language));
        } catch (InvalidPasswordException e) {
            problems.error(at, Message.of("attachment.pdf.password", name));
        } catch (IOException e) {
            problems.error(at, Message.of("attachment.pdf.unreadable", name, Message.verbatim(String.valueOf(e.getMessage()))));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
