package dk.referat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A deterministic corpus shaped like a municipality's archive, for benchmarks and the tests that
 * need a large site: N records across 40 committees of 4 bodies and 15 years, 6–12 items each.
 *
 * <ul>
 *   <li>Text is sampled from real minutes (the sentences of the seed records, a resource beside this
 *       class), with references in running text to the case and its last treatment.</li>
 *   <li>Case numbers are journal numbers as an ESDH journal gives them ({@code 17/04211}, and some in
 *       the KLE-shaped form {@code 27.00.00-G01-250-19}): most matters come before a committee once,
 *       some return across committees and years, a few many times, as budgets and plans do; an item
 *       that resumes a matter sometimes says so with a relation.</li>
 *   <li>About one item in fifteen adds attachments, most known by title and document number only,
 *       about one in ten with a published PDF; a matter's later treatments list its attachments
 *       again. About 3 % of items are closed.</li>
 * </ul>
 *
 * <p>The same seed gives the same bytes, PDFs included. Run:
 * {@code java -cp target/referat-VERSION.jar dk.referat.bench.CorpusGenerator N FOLDER [SEED]}.
 */
public final class CorpusGenerator {
    private static final String[] BODIES = {"Eksempel Kommune", "Nordby Kommune", "Sydby Kommune", "Østby Kommune"};
    private static final String[] COMMITTEES = {"Økonomiudvalget", "Byrådet", "Teknik- og Miljøudvalget", "Børne- og Ungeudvalget",
        "Social- og Sundhedsudvalget", "Kultur- og Fritidsudvalget", "Beskæftigelsesudvalget", "Plan- og Klimaudvalget",
        "Hoved-MED", "Sektor-MED Børn og Familie"};
    private static final String[] TITLES = {"Budgetopfølgning", "Anlægsbevilling til renovering af skole", "Lokalplan for nyt boligområde",
        "Serviceniveau på myndighedsområdet", "Ressourceforløb og jobafklaring", "Takster for dagtilbud", "Klimaplan og handleplan",
        "Tilsyn med plejecentre", "Høring om skolestruktur", "Udbud af rengøring", "Årsregnskab", "Kvalitetsrapport for skolerne",
        "Trafiksikkerhedsplan", "Frivillighedspolitik", "Sygefravær og arbejdsmiljø", "Digitaliseringsstrategi",
        "Helhedsorienteret og tværgående sagsbehandling", "Ansøgning om tilskud", "Godkendelse af mødeplan", "Orientering fra formanden",
        "Statusrapport for task force", "Arbejdsmiljøets årlige drøftelse", "Forslag til kommuneplantillæg", "Salg af areal",
        "Kvartalsrapport for ældreområdet", "Evaluering af projekt", "Ændring af styrelsesvedtægt", "Meddelelser"};
    private static final String[] ATTACHMENTS = {"Notat", "Bilag til sagsfremstilling", "Budgetskema", "Høringssvar", "Tidsplan",
        "Kortbilag", "Statusrapport", "Referat fra arbejdsgruppen", "Ansøgning", "Oversigt over takster", "Evaluering"};
    private static final String[] FIRST_NAMES = {"Anne", "Peter", "Mette", "Lars", "Hanne", "Søren", "Pia", "Jens", "Lone", "Anders",
        "Birgitte", "Morten", "Kirsten", "Henrik", "Trine", "Ole", "Susanne", "Niels", "Camilla", "Jørgen"};
    private static final String[] LAST_NAMES = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen"};
    private static final String[] KLE_FACETS = {"G01", "A00", "P20", "K07", "G00", "A30"};
    /** How many times a new matter comes before a committee: most once, some a few times, a few many times. */
    private static final int[] TREATMENTS = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5, 8, 12};
    /** Matters waiting for their next treatment, most recent first, from which an item picks. */
    private static final int ACTIVE_WINDOW = 400;
    private static final List<String> SENTENCES = sentences();

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

    /** A matter in the journal: its number, the treatments it has left, and where it was last treated. */
    private static final class Matter {
        final String number;
        final String title;
        int left;
        String last;
        final List<String> attachments = new ArrayList<>();

        Matter(String number, String title, int left) {
            this.number = number;
            this.title = title;
            this.left = left;
        }
    }

    public static void generate(int records, Path folder, long seed) throws IOException {
        Objects.requireNonNull(folder, "folder");
        if (records < 1) throw new IllegalArgumentException("records must be at least 1: " + records);
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

        List<Matter> active = new ArrayList<>();
        Map<Integer, Integer> serials = new HashMap<>();
        Map<String, Integer> nextItem = new HashMap<>();
        Map<String, Integer> perDay = new HashMap<>();
        int documentNumber = 3_000_000;
        LocalDate first = LocalDate.of(2011, 1, 3);
        int days = 15 * 365;
        for (int r = 0; r < records; r++) {
            String committee = slugs.get(random.nextInt(slugs.size()));
            // Dates in order per record index, so relations point back in time to records already written.
            LocalDate date = first.plusDays((long) r * days / records);
            String day = committee + "/" + date;
            int same = perDay.merge(day, 1, Integer::sum);
            String slug = same == 1 ? date.toString() : date + "-" + same;
            boolean agenda = random.nextInt(12) == 0;
            StringBuilder out = new StringBuilder("---\ntype: ").append(agenda ? "dagsorden" : "referat")
                    .append("\nstatus: published\ncommittee: ").append(committee).append("\ndate: ").append(date).append("\n");
            if (same > 1) out.append("slug: ").append(slug).append('\n');
            out.append("start: \"").append(String.format("%02d:00", 8 + random.nextInt(10))).append("\"\nlocation: Rådhuset, mødelokale ")
                    .append(1 + random.nextInt(9)).append("\nparticipants:\n");
            int people = 5 + random.nextInt(5);
            for (int p = 0; p < people; p++) {
                out.append("  - name: ").append(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]).append(' ')
                        .append(LAST_NAMES[random.nextInt(LAST_NAMES.length)]).append("\n    role: ")
                        .append(p == 0 ? "formand" : "medlem").append('\n');
            }
            out.append("---\n");
            int items = 6 + random.nextInt(7);
            for (int i = 0; i < items; i++) {
                int number = nextItem.merge(committee, 1, Integer::sum);
                Matter matter;
                boolean resumed = !active.isEmpty() && random.nextInt(100) < 58;
                if (resumed) {
                    int window = Math.min(ACTIVE_WINDOW, active.size());
                    int pick = active.size() - 1 - random.nextInt(window);
                    matter = active.get(pick);
                    if (--matter.left == 0) active.remove(pick);
                } else {
                    int year = date.getYear() % 100;
                    int serial = serials.merge(year, 1 + random.nextInt(40), Integer::sum);
                    String caseNumber = random.nextInt(10) < 7 ? String.format("%02d/%05d", year, serial)
                            : String.format("%02d.%02d.%02d-%s-%d-%02d", random.nextInt(30), random.nextInt(20), random.nextInt(10),
                            KLE_FACETS[random.nextInt(KLE_FACETS.length)], serial, year);
                    matter = new Matter(caseNumber, TITLES[random.nextInt(TITLES.length)], TREATMENTS[random.nextInt(TREATMENTS.length)] - 1);
                    if (matter.left > 0) active.add(matter);
                }
                boolean closed = random.nextInt(33) == 0;
                // KLE numbers from a few hundred subjects, the common ones often.
                int subject = (int) Math.floor(Math.pow(random.nextDouble(), 2) * 400);
                String kle = String.format("%02d.%02d.%02d", subject % 30, subject / 30 % 20, subject % 7);
                out.append("\n## ").append(number).append(". ").append(matter.title).append("\n\n```punkt\ncases: [")
                        .append(matter.number).append("]\nclassification: [").append(kle).append("]\n");
                if (closed) out.append("access: closed\n");
                if (matter.last != null && !closed && random.nextInt(5) == 0) {
                    String[] parts = matter.last.split("#");
                    out.append("relations:\n  - type: resumes\n    to: ").append(parts[0]).append("\n    item: ").append(parts[1]).append('\n');
                }
                List<String> attachments = new ArrayList<>(matter.attachments);
                if (random.nextInt(15) == 0) {
                    int added = 1 + random.nextInt(3);
                    for (int a = 0; a < added; a++) {
                        String number7 = String.valueOf(documentNumber += 1 + random.nextInt(20));
                        StringBuilder listing = new StringBuilder("  - title: ").append(ATTACHMENTS[random.nextInt(ATTACHMENTS.length)])
                                .append(" - ").append(matter.title).append("\n    number: \"").append(number7)
                                .append("\"\n    reference: \"(").append(random.nextInt(90000) + 1000).append('/')
                                .append(String.format("%02d", date.getYear() % 100)).append(")\"\n");
                        if (!closed && random.nextInt(11) == 0) {
                            String file = "bilag/" + slug + "-" + number + "-" + (a + 1) + ".pdf";
                            pdf(folder.resolve("content").resolve(committee).resolve(file), "Bilag til punkt " + number + ": " + matter.number);
                            listing.append("    file: ").append(file).append('\n');
                        }
                        attachments.add(listing.toString());
                    }
                }
                if (!attachments.isEmpty()) {
                    out.append("attachments:\n");
                    attachments.forEach(out::append);
                }
                out.append("```\n\n### Sagsfremstilling\n\n").append(paragraph(random, 3 + random.nextInt(5)));
                // Running text refers to the case and to other items, as real minutes do, so the
                // benchmark pays for turning those references into links.
                if (matter.last != null) out.append(" Sag ").append(matter.number).append(" blev senest behandlet ")
                        .append(matter.last.split("/")[1].split("#")[0].substring(0, 10)).append('.');
                if (i > 0 && random.nextInt(4) == 0) out.append(" Se også punkt ").append(number - 1).append('.');
                out.append("\n\n").append(paragraph(random, 2 + random.nextInt(5)));
                if (random.nextInt(30) == 0) {
                    out.append("\n\n| År | Budget (mio. kr.) | Forbrug (mio. kr.) |\n| --- | ---: | ---: |\n");
                    for (int y = 0; y < 3; y++) {
                        out.append("| ").append(date.getYear() + y).append(" | ").append(10 + random.nextInt(90)).append(',')
                                .append(random.nextInt(10)).append(" | ").append(10 + random.nextInt(90)).append(',')
                                .append(random.nextInt(10)).append(" |\n");
                    }
                }
                if (random.nextInt(4) == 0) out.append("\n\n### Økonomi\n\n").append(paragraph(random, 1 + random.nextInt(2)));
                out.append("\n\n### Indstilling\n\n").append(paragraph(random, 1 + random.nextInt(2)));
                if (!agenda) out.append("\n\n### Beslutning\n\n").append(paragraph(random, 1 + random.nextInt(2)));
                out.append('\n');
                if (!closed) {
                    matter.last = committee + "/" + slug + "#" + number;
                    // Later treatments list the matter's attachments again; a file is named relative to its
                    // own record's folder, so only the record that added it lists it.
                    attachments.stream().filter(a -> !a.contains("    file: ")).filter(a -> !matter.attachments.contains(a))
                            .forEach(matter.attachments::add);
                }
            }
            Path file = folder.resolve("content").resolve(committee).resolve(slug + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        }
    }

    private static String paragraph(Random random, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < sentences; s++) p.append(s == 0 ? "" : " ").append(SENTENCES.get(random.nextInt(SENTENCES.size())));
        return p.toString();
    }

    /** Sentences from the seed records' running text: real Danish minutes, not invented words. */
    private static List<String> sentences() {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream("/referat/bench/sentences.txt")) {
            if (in == null) throw new IllegalStateException("the benchmark's sentences are missing from the jar");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
