package dk.referat.cli;

import dk.referat.diagnostics.Catalogue;
import dk.referat.Referat;
import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.model.AgendaItem;
import dk.referat.model.ItemNumbering;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.Participant;
import dk.referat.model.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true, subcommands = {NewCommand.Meeting.class})
final class NewCommand implements Runnable {
    @Mixin
    LanguageOption lang;

    @Override
    public void run() {
        System.err.println(lang.words().say("new.what"));
    }

    /**
     * A record to fill in. It starts as a draft, numbered on from the committee's last record, with
     * that record's place, times and participants, and the items that recur in the committee's records.
     */
    @Command(name = "meeting", mixinStandardHelpOptions = true)
    static final class Meeting implements Callable<Integer> {
        @Mixin
        LanguageOption lang;

        @Option(names = "--committee", required = true, paramLabel = "SLUG")
        String committee;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD")
        String date;

        @Option(names = "--type", defaultValue = "dagsorden", paramLabel = "TYPE")
        String type;

        @Parameters(index = "0", defaultValue = ".", paramLabel = "SITE", descriptionKey = "site")
        Path site;

        @Override
        public Integer call() {
            Catalogue words = lang.words();
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                System.err.println(words.say("new.date", date));
                return 2;
            }
            if (!type.equals("dagsorden") && !type.equals("referat")) {
                System.err.println(words.say("new.type", type));
                return 2;
            }
            try {
                SiteConfig config = ConfigReader.read(site);
                Site model = Referat.model(config);
                Committee c = model.committees().stream().filter(x -> x.slug().equals(committee)).findFirst().orElse(null);
                if (c == null) {
                    System.err.println(words.say("new.committee", committee,
                            String.join(", ", model.committees().stream().map(Committee::slug).sorted().toList())));
                    return 2;
                }
                Path file = config.content().resolve(c.slug()).resolve(day + ".md");
                if (Files.exists(file)) {
                    System.err.println(words.say("new.exists", config.displayName(file)));
                    return 1;
                }
                List<dk.referat.model.Meeting> earlier = model.meetings().stream()
                        .filter(m -> m.committee().slug().equals(c.slug()) && m.date().isBefore(day))
                        .sorted(Comparator.comparing(dk.referat.model.Meeting::date).reversed()).toList();
                Files.createDirectories(file.getParent());
                Files.writeString(file, record(c, day, earlier), StandardCharsets.UTF_8);
                System.out.println("Referat: " + words.say("new.written", config.displayName(file)));
                return 0;
            } catch (BuildFailedException e) {
                System.err.println(e.report(words.language()));
                return 1;
            } catch (IOException e) {
                System.err.println(words.say("new.unwritable", String.valueOf(e.getMessage())));
                return 1;
            }
        }

        private String record(Committee c, LocalDate day, List<dk.referat.model.Meeting> earlier) {
            StringBuilder out = new StringBuilder("---\n");
            out.append("type: ").append(type).append('\n');
            out.append("status: kladde\n");
            out.append("committee: ").append(c.slug()).append('\n');
            out.append("date: ").append(day).append('\n');
            dk.referat.model.Meeting last = earlier.isEmpty() ? null : earlier.get(0);
            if (last != null) {
                last.start().ifPresent(s -> out.append("start: \"").append(s).append("\"\n"));
                last.end().ifPresent(s -> out.append("end: \"").append(s).append("\"\n"));
                if (!last.location().isEmpty()) out.append("location: ").append(quote(last.location())).append('\n');
                // Who sent apologies last time is still a member: the next draft lists them as invited again.
                List<Participant> members = new java.util.ArrayList<>(last.participants());
                members.addAll(last.absent());
                if (!members.isEmpty()) {
                    out.append("participants:\n");
                    for (Participant p : members) {
                        out.append("  - name: ").append(quote(p.name())).append('\n');
                        if (!p.role().isEmpty()) out.append("    role: ").append(quote(p.role())).append('\n');
                    }
                }
            } else {
                out.append("start: \"\"\nlocation: \"\"\n");
            }
            out.append("---\n\n");
            int number = nextNumber(c.numbering(), last, day);
            for (String title : usualItems(earlier)) out.append(item(number++, title));
            out.append(item(number, AgendaItem.PLACEHOLDER_TITLE));
            return out.toString();
        }

        /** An agenda is written before the meeting: its decisions come with the minutes. */
        private String item(int number, String title) {
            return "## " + number + ". " + title + "\n\n### Sagsfremstilling\n\n\n\n### Indstilling\n\n\n\n"
                    + (type.equals("referat") ? "### Beslutning\n\n\n\n" : "");
        }

        /** As the committee numbers (data/committees.yaml, numbering:): from 1, or on from its last record ("punkt 26–30", then 31). */
        private static int nextNumber(ItemNumbering numbering, dk.referat.model.Meeting last, LocalDate day) {
            if (last == null || numbering == ItemNumbering.MEETING) return 1;
            if (numbering == ItemNumbering.YEAR && last.date().getYear() != day.getYear()) return 1;
            return last.items().stream().map(AgendaItem::number).filter(n -> n.matches("\\d+"))
                    .mapToInt(Integer::parseInt).max().orElse(0) + 1;
        }

        /** Titles that recur in at least two of the committee's last five records, in their usual order. */
        private static List<String> usualItems(List<dk.referat.model.Meeting> earlier) {
            Map<String, Integer> seen = new HashMap<>();
            earlier.stream().limit(5).forEach(m -> m.items().stream().map(AgendaItem::title).distinct()
                    .forEach(t -> seen.merge(t, 1, Integer::sum)));
            if (earlier.isEmpty()) return List.of();
            return earlier.get(0).items().stream().map(AgendaItem::title).filter(t -> seen.get(t) >= 2).toList();
        }

        private static String quote(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
