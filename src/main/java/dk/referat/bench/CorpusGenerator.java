package dk.referat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A deterministic corpus for benchmarks: N records in Referat's format across 40 committees and 15
 * years, 6–12 items each with Danish text, case numbers that recur across committees (with
 * relations back to their last treatment), some closed items, and small PDF attachments on a share
 * of items. The same seed gives the same files.
 *
 * <p>Run: {@code java -cp target/referat.jar dk.referat.bench.CorpusGenerator N FOLDER [SEED]}.
 */
public final class CorpusGenerator {
    private static final String[] BODIES = {"Eksempel Kommune", "Nordby Kommune", "Sydby Kommune", "Østby Kommune"};
    private static final String[] COMMITTEES = {"Økonomiudvalget", "Byrådet", "Teknik- og Miljøudvalget", "Børne- og Ungeudvalget",
        "Social- og Sundhedsudvalget", "Kultur- og Fritidsudvalget", "Beskæftigelsesudvalget", "Plan- og Klimaudvalget",
        "Hoved-MED", "Sektor-MED Børn og Familie"};
    private static final String[] TITLES = {"Budgetopfølgning", "Anlægsbevilling til renovering af skole", "Lokalplan for nyt boligområde",
        "Serviceniveau på myndighedsområdet", "Ressourceforløb og jobafklaring", "Takster for dagtilbud", "Klimaplan og handleplan",
        "Tilsyn med plejecentre", "Høring om skolestruktur", "Udbud af rengøring", "Årsregnskab", "Kvalitetsrapport for skolerne",
        "Trafiksikkerhedsplan", "Frivillighedspolitik", "Sygefravær og arbejdsmiljø", "Digitaliseringsstrategi"};
    private static final String[] SENTENCES = {
        "Forvaltningen har udarbejdet et notat, der beskriver sagens baggrund og de økonomiske konsekvenser.",
        "Sagen har været drøftet i de berørte MED-udvalg, og bemærkningerne er indarbejdet.",
        "Det vurderes, at forslaget kan gennemføres inden for den afsatte ramme.",
        "Borgerne inddrages gennem et offentligt møde og en høring på kommunens hjemmeside.",
        "Der er en risiko for merforbrug, hvis antallet af sager stiger i løbet af året.",
        "Udvalget orienteres løbende om fremdriften i arbejdet.",
        "Administrationen anbefaler, at der sættes fokus på samarbejdet med frivillige og foreninger.",
        "Økonomien er indarbejdet i budgetforslaget for de kommende år.",
        "Lovgrundlaget er serviceloven og lov om kommunernes styrelse.",
        "Forslaget har ingen konsekvenser for personalet ud over de allerede planlagte ændringer."};

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator N FOLDER [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long start = System.nanoTime();
        generate(n, folder, seed);
        System.out.printf("generated %d records in %s in %.1f s%n", n, folder, (System.nanoTime() - start) / 1e9);
    }

    public static void generate(int records, Path folder, long seed) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("jbake.properties"), "site.title=Benchmark\nsite.host=https://bench.example.org/\n");
        StringBuilder committees = new StringBuilder();
        List<String> slugs = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            String slug = String.format("udvalg-%02d", c + 1);
            slugs.add(slug);
            committees.append("- slug: ").append(slug).append("\n  name: \"").append(COMMITTEES[c % COMMITTEES.length])
                    .append(' ').append(c / COMMITTEES.length + 1).append("\"\n  body: ").append(BODIES[c % BODIES.length])
                    .append("\n  kind: ").append(COMMITTEES[c % COMMITTEES.length].contains("MED") ? "med" : "politisk").append('\n');
        }
        Files.writeString(folder.resolve("data/committees.yaml"), committees.toString());

        int cases = Math.max(10, records / 3);
        Map<Integer, String> lastTreatment = new HashMap<>();
        Map<String, Integer> nextItem = new HashMap<>();
        Map<String, Integer> perDay = new HashMap<>();
        LocalDate first = LocalDate.of(2011, 1, 3);
        int days = 15 * 365;
        for (int r = 0; r < records; r++) {
            String committee = slugs.get(random.nextInt(slugs.size()));
            // Dates in order per record index, so relations point back in time to records already written.
            LocalDate date = first.plusDays((long) r * days / records);
            String day = committee + "/" + date;
            int same = perDay.merge(day, 1, Integer::sum);
            String slug = same == 1 ? date.toString() : date + "-" + same;
            StringBuilder out = new StringBuilder("---\ntype: referat\nstatus: published\ncommittee: ").append(committee)
                    .append("\ndate: ").append(date).append("\n");
            if (same > 1) out.append("slug: ").append(slug).append('\n');
            out.append("start: \"").append(String.format("%02d:00", 8 + random.nextInt(10))).append("\"\nlocation: Rådhuset, mødelokale ")
                    .append(1 + random.nextInt(9)).append("\nparticipants:\n");
            for (int p = 0; p < 5; p++) out.append("  - name: Medlem ").append(p + 1).append("\n    role: ").append(p == 0 ? "formand" : "medlem").append('\n');
            out.append("---\n");
            int items = 6 + random.nextInt(7);
            for (int i = 0; i < items; i++) {
                int number = nextItem.merge(committee, 1, Integer::sum);
                int caseId = random.nextInt(cases);
                String caseNumber = String.format("%02d/%05d", 11 + caseId % 15, caseId);
                boolean closed = random.nextInt(20) == 0;
                out.append("\n## ").append(number).append(". ").append(TITLES[caseId % TITLES.length]).append("\n\n```punkt\ncases: [")
                        .append(caseNumber).append("]\nclassification: [00.01.").append(String.format("%02d", caseId % 100)).append("]\n");
                if (closed) out.append("access: closed\n");
                String previous = lastTreatment.get(caseId);
                if (previous != null && !closed && random.nextInt(5) == 0) {
                    String[] parts = previous.split("#");
                    out.append("relations:\n  - type: resumes\n    to: ").append(parts[0]).append("\n    item: ").append(parts[1]).append('\n');
                }
                if (!closed && random.nextInt(50) == 0) {
                    String file = "bilag/" + slug + "-" + number + ".pdf";
                    pdf(folder.resolve("content").resolve(committee).resolve(file), "Bilag til punkt " + number + ": " + caseNumber);
                    out.append("attachments:\n  - title: Bilag til punkt ").append(number).append("\n    file: ").append(file).append('\n');
                }
                out.append("```\n\n### Sagsfremstilling\n\n").append(paragraph(random, 6));
                // Running text refers to the case and to other items, as real minutes do, so the
                // benchmark pays for turning those references into links.
                if (previous != null) out.append(" Sag ").append(caseNumber).append(" blev senest behandlet ")
                        .append(previous.split("/")[1].split("#")[0].substring(0, 10)).append('.');
                if (i > 0 && random.nextInt(4) == 0) out.append(" Se også punkt ").append(number - 1).append('.');
                out.append("\n\n").append(paragraph(random, 5));
                if (random.nextInt(30) == 0) {
                    out.append("\n\n| År | Budget (mio. kr.) | Forbrug (mio. kr.) |\n| --- | ---: | ---: |\n");
                    for (int y = 0; y < 3; y++) {
                        out.append("| ").append(date.getYear() + y).append(" | ").append(10 + random.nextInt(90)).append(',')
                                .append(random.nextInt(10)).append(" | ").append(10 + random.nextInt(90)).append(',')
                                .append(random.nextInt(10)).append(" |\n");
                    }
                }
                out.append("\n\n### Indstilling\n\n").append(paragraph(random, 2)).append("\n\n### Beslutning\n\n")
                        .append(paragraph(random, 2)).append('\n');
                if (!closed) lastTreatment.put(caseId, committee + "/" + slug + "#" + number);
            }
            Path file = folder.resolve("content").resolve(committee).resolve(slug + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        }
    }

    private static String paragraph(Random random, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < sentences; s++) p.append(s == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
        return p.toString();
    }

    private static void pdf(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            // PDFBox makes the file's ID from the clock unless given one: a fixed one keeps the corpus byte-identical.
            doc.setDocumentId((long) text.hashCode());
            doc.save(file.toFile());
        }
    }
}
