package dk.referat.cli;

import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Catalogue;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    @Mixin
    LanguageOption lang;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--committee", required = true, paramLabel = "SLUG")
    String committee;

    @Option(names = "--type", defaultValue = "referat", paramLabel = "TYPE")
    String type;

    @Option(names = "--site", defaultValue = ".", paramLabel = "SITE", descriptionKey = "site")
    Path site;

    @Override
    public Integer call() {
        Catalogue words = lang.words();
        try {
            return importFile(words);
        } catch (BuildFailedException e) {
            System.err.println(e.report(words.language()));
            return 1;
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("Referat: " + words.say("import.unreadable", file.toString(), String.valueOf(e.getMessage())));
            return 1;
        }
    }

    private int importFile(Catalogue words) throws IOException {
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
            System.err.println(words.say("import.exists", config.displayName(target)));
            return 1;
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, result.markdown(), StandardCharsets.UTF_8);
        System.out.println("Referat: " + words.say("import.written", config.displayName(target), result.items().size(),
                result.participants().size(), result.cases().size()));
        if (result.date().isEmpty()) System.out.println("  " + words.say("import.no-date"));
        if (!result.unplaced().isEmpty()) {
            System.out.println("  " + words.say("import.unplaced"));
            result.unplaced().forEach(line -> System.out.println("    " + (line.length() > 100 ? line.substring(0, 100) + "…" : line)
                    + (line.startsWith("Bilag/") ? " (" + words.say("import.attachment-file") + ")" : "")));
        }
        return 0;
    }
}
