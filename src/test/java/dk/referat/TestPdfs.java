package dk.referat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs for tests, written with PDFBox: one line of text per page, tagged or not. */
public final class TestPdfs {
    private TestPdfs() {
    }

    /**
     * @param title    the document title, or null for none
     * @param language the document language, or null for none
     * @param tagged   whether to mark the PDF as tagged, with a structure tree
     */
    public static Path write(Path file, String title, String language, boolean tagged, String... pages) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            if (title != null) doc.getDocumentInformation().setTitle(title);
            if (language != null) doc.getDocumentCatalog().setLanguage(language);
            if (tagged) {
                PDMarkInfo mark = new PDMarkInfo();
                mark.setMarked(true);
                doc.getDocumentCatalog().setMarkInfo(mark);
                doc.getDocumentCatalog().setStructureTreeRoot(new PDStructureTreeRoot());
            }
            Files.createDirectories(file.getParent());
            doc.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
