package dk.referat.cli;

import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.importer.PlainTextImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn old minutes (plain text, or a PDF) into a draft record to finish by hand.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The minutes: a .txt file, or a .pdf whose text is read.")
    Path file;

    @Option(names = "--committee", required = true, paramLabel = "SLUG", description = "The committee the minutes belong to.")
    String committee;

    @Option(names = "--type", defaultValue = "referat", description = "referat (default) or dagsorden.")
    String type;

    @Option(names = "--site", defaultValue = ".", paramLabel = "SITE", description = "The site folder. Default: the current folder.")
    Path site;

    @Override
    public Integer call() throws IOException {
        String text;
        if (file.getFileName().toString().toLowerCase().endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                text = new PDFTextStripper().getText(pdf);
            }
        } else {
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        // pdftotext and broken PDF fonts leave form feeds and other control characters: not the clerk's to delete.
        text = dk.referat.guard.ControlCharacters.blank(text.replace("\r\n", "\n"));
        PlainTextImporter.Result result = new PlainTextImporter().importText(text, committee, type);
        SiteConfig config = ConfigReader.read(site);
        String name = result.date().map(Object::toString).orElse("importeret-" + file.getFileName().toString().replaceAll("\\W+", "-"));
        Path target = config.content().resolve(committee).resolve(name + ".md");
        if (Files.exists(target)) {
            System.err.println(config.displayName(target) + " exists already; move it away or import into another site");
            return 1;
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, result.markdown(), StandardCharsets.UTF_8);
        System.out.println("Referat: wrote " + config.displayName(target) + " (status: draft): " + result.items().size()
                + " items, " + result.participants().size() + " participants, " + result.cases().size() + " case numbers");
        if (result.date().isEmpty()) System.out.println("  not found: the meeting's date; fill in date:");
        if (!result.unplaced().isEmpty()) {
            System.out.println("  not placed (check these by hand):");
            result.unplaced().forEach(line -> System.out.println("    " + (line.length() > 100 ? line.substring(0, 100) + "…" : line)));
        }
        return 0;
    }
}
