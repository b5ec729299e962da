package dk.referat.importer;

import dk.referat.model.SectionKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the plain text of printed Danish minutes (text extracted from their PDFs) into a draft record
 * in Referat's format: date, time, place, people, items with numbers, case numbers and sections,
 * and attachment lists. What it cannot place is listed, so the editor finishes by hand; it never
 * guesses a value it did not find.
 */
public final class PlainTextImporter {
    private static final Locale DA = Locale.forLanguageTag("da");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1), Map.entry("februar", 2),
            Map.entry("marts", 3), Map.entry("april", 4), Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[.-](\\d{1,2})[.-](\\d{4})\\b");
    private static final Pattern WORD_DATE = Pattern.compile("\\b(\\d{1,2})\\.\\s*(" + String.join("|", MONTHS.keySet()) + ")\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_RANGE = Pattern.compile("(?:kl\\.|Tid:)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*-\\s*(\\d{1,2})(?:[:.](\\d{2}))?");
    private static final Pattern TIME = Pattern.compile("kl\\.\\s*(\\d{1,2})[:.](\\d{2})");
    /** "Punkt 26: Velkomst", or "2.   Titel" with the wide gap printed agendas use (a list item has one space). */
    private static final Pattern ITEM = Pattern.compile("^(?:Punkt\\s+(\\d{1,3})[.:]\\s+|(\\d{1,3})\\.\\s{2,})(\\S.*)$");
    private static final Pattern CASE = Pattern.compile("^(\\d{2}/\\d{1,7}|\\d{2}\\.\\d{2}\\.\\d{2}(?:-[A-ZÆØÅ]\\d{2}(?:-\\d{1,7}-\\d{2})?)?)\\b(.*)$");
    private static final Pattern LABEL = Pattern.compile("^(Deltagere|Afbud|Fraværende|Suppleanter|Referent|Mødested|Sted|Dato|Tid|"
            + "Mødedato|Mødet påbegyndt|Mødet afsluttet|Møde nr\\.)\\s*:?\\s*(.*)$");
    private static final Pattern ATTACHMENT_ROW = Pattern.compile("^\\d+\\s*-\\s*(\\d*)\\t+([^\\t]*)\\t+([^\\t]+?)(?:\\t+(.*))?$");

    /** The draft, and what could not be placed. */
    public record Result(String markdown, Optional<LocalDate> date, List<String> participants, List<String> items,
                         List<String> cases, List<String> unplaced) {
    }

    /**
     * Minutes list every member under "Deltagere" and those who sent apologies again under "Afbud"; a
     * record lists each person once, so the absent keep their role and leave the participants.
     */
    private static void listAbsentOnce(List<Person> participants, List<Person> absent) {
        for (int i = 0; i < absent.size(); i++) {
            Person away = absent.get(i);
            for (java.util.Iterator<Person> it = participants.iterator(); it.hasNext(); ) {
                Person member = it.next();
                if (member.name().equalsIgnoreCase(away.name())) {
                    it.remove();
                    if (away.role().isEmpty()) absent.set(i, member);
                    break;
                }
            }
        }
    }

    private record Person(String name, String role) {
    }

    private static final class Item {
        String number = "";
        String title = "";
        final List<String> cases = new ArrayList<>();
        final List<String> classification = new ArrayList<>();
        final List<String[]> attachments = new ArrayList<>();
        final StringBuilder body = new StringBuilder();
        boolean open;
        boolean closed;
    }

    public Result importText(String text, String committee, String type) {
        List<String> lines = text.replace("\r\n", "\n").replace('\f', '\n').lines().map(String::stripTrailing).toList();
        Optional<LocalDate> date = Optional.empty();
        String start = "";
        String end = "";
        String location = "";
        String minuteTaker = "";
        String number = "";
        List<Person> participants = new ArrayList<>();
        List<Person> absent = new ArrayList<>();
        List<Person> substitutes = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        List<Person> collecting = null;
        boolean inAttachments = false;
        Item current = null;
        List<String> pendingCases = new ArrayList<>();
        int i = 0;
        for (; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            if (date.isEmpty()) date = date(line);
            if (start.isEmpty()) {
                Matcher range = TIME_RANGE.matcher(line);
                Matcher time = TIME.matcher(line);
                if (range.find()) {
                    start = hhmm(range.group(1), range.group(2));
                    end = hhmm(range.group(3), range.group(4));
                } else if (time.find()) {
                    start = hhmm(time.group(1), time.group(2));
                }
            }
            Matcher label = LABEL.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (current == null && label.matches()) {
                String value = label.group(2).strip();
                switch (label.group(1)) {
                    case "Deltagere" -> collecting = participants;
                    case "Afbud", "Fraværende" -> collecting = absent;
                    case "Suppleanter" -> collecting = substitutes;
                    case "Referent" -> {
                        collecting = null;
                        minuteTaker = value;
                    }
                    case "Mødested", "Sted" -> {
                        collecting = null;
                        location = value;
                    }
                    case "Møde nr." -> number = value;
                    default -> collecting = null;
                }
                if (collecting != null && !value.isEmpty()) collecting.add(person(value));
                continue;
            }
            if (current == null && line.startsWith("Mødested ")) {
                location = line.substring("Mødested ".length()).strip();
                continue;
            }
            if (current == null && line.toLowerCase(DA).startsWith("- afviklet over ")) {
                location = line.substring(2).strip();
                location = Character.toUpperCase(location.charAt(0)) + location.substring(1);
                continue;
            }
            String itemNumber = item.matches() ? (item.group(1) != null ? item.group(1) : item.group(2)) : null;
            if (itemNumber != null && !line.contains("....")
                    && (current == null || Integer.parseInt(itemNumber) > Integer.parseInt(current.number))) {
                current = new Item();
                current.number = itemNumber;
                current.title = item.group(3).strip();
                // A title broken over two lines in the PDF goes on with a lower-case word on the next line.
                if (i + 1 < lines.size() && !lines.get(i + 1).isBlank() && Character.isLowerCase(lines.get(i + 1).strip().charAt(0))
                        && !isStructural(lines.get(i + 1).strip())) {
                    current.title = current.title + " " + lines.get(++i).strip();
                }
                current.cases.addAll(pendingCases);
                pendingCases.clear();
                items.add(current);
                collecting = null;
                inAttachments = false;
                continue;
            }
            Matcher caseLine = CASE.matcher(line);
            if (caseLine.matches() && (caseLine.group(2).isBlank() || caseLine.group(2).strip().matches("(?iu)(åben|lukket)( sag)?"))) {
                String value = caseLine.group(1);
                List<String> target = current == null ? pendingCases
                        : value.startsWith("00.") ? current.classification : current.cases;
                target.add(value);
                if (current != null && caseLine.group(2).strip().toLowerCase(DA).startsWith("lukket")) current.closed = true;
                if (current != null && caseLine.group(2).strip().toLowerCase(DA).startsWith("åben")) current.open = true;
                continue;
            }
            if (collecting != null) {
                if (line.isEmpty()) {
                    if (!collecting.isEmpty()) collecting = null;
                    continue;
                }
                collecting.add(person(line.replaceFirst("^[-•]\\s*", "")));
                continue;
            }
            if (current == null) {
                if (!line.isEmpty()) unplaced.add(line);
                continue;
            }
            Optional<SectionKind> kind = SectionKind.ofHeading(line);
            if (kind.isPresent() && line.length() < 40) {
                inAttachments = kind.get() == SectionKind.BILAG;
                if (!inAttachments) current.body.append("\n### ").append(line).append("\n\n");
                continue;
            }
            if (inAttachments) {
                Matcher row = ATTACHMENT_ROW.matcher(line);
                if (row.matches()) {
                    current.attachments.add(new String[] {row.group(3).strip(), row.group(1), row.group(4) == null ? "" : row.group(4).strip()});
                } else if (!line.isEmpty() && !line.startsWith("Bilag/")) {
                    current.attachments.add(new String[] {line, "", ""});
                } else if (line.startsWith("Bilag/")) {
                    unplaced.add(line);
                }
                continue;
            }
            current.body.append(raw.startsWith(" ") && !line.isEmpty() ? line : raw).append('\n');
        }
        listAbsentOnce(participants, absent);
        return new Result(markdown(committee, type, date, start, end, location, number, minuteTaker, participants, absent,
                substitutes, items), date, participants.stream().map(Person::name).toList(),
                items.stream().map(it -> it.number + " " + it.title).toList(),
                items.stream().flatMap(it -> java.util.stream.Stream.concat(it.cases.stream(), it.classification.stream())).toList(),
                unplaced);
    }

    private static boolean isStructural(String line) {
        return SectionKind.ofHeading(line).isPresent() || CASE.matcher(line).matches() || LABEL.matcher(line).matches();
    }

    private static Optional<LocalDate> date(String line) {
        Matcher words = WORD_DATE.matcher(line);
        if (words.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(words.group(3)), MONTHS.get(words.group(2).toLowerCase(DA)),
                    Integer.parseInt(words.group(1))));
        }
        Matcher numeric = NUMERIC_DATE.matcher(line);
        if (numeric.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String hhmm(String hours, String minutes) {
        return String.format("%02d:%s", Integer.parseInt(hours), minutes == null ? "00" : minutes);
    }

    /** "Gitte Lehmann, Sydøst og Tårs samt TR suppleant HK": the name, then the role after the first comma. */
    private static Person person(String text) {
        int comma = text.indexOf(',');
        return comma < 0 ? new Person(text.strip(), "") : new Person(text.substring(0, comma).strip(), text.substring(comma + 1).strip());
    }

    private static String markdown(String committee, String type, Optional<LocalDate> date, String start, String end,
                                   String location, String number, String minuteTaker, List<Person> participants,
                                   List<Person> absent, List<Person> substitutes, List<Item> items) {
        StringBuilder out = new StringBuilder("---\n");
        // The draft is the clerk's, in the clerk's language.
        out.append("# Importeret med referat import: tjek hver værdi mod originalen, før dokumentet offentliggøres.\n");
        out.append("type: ").append(type).append("\nstatus: kladde\ncommittee: ").append(committee).append('\n');
        out.append("date: ").append(date.map(d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE)).orElse("")).append('\n');
        if (!start.isEmpty()) out.append("start: \"").append(start).append("\"\n");
        if (!end.isEmpty()) out.append("end: \"").append(end).append("\"\n");
        if (!location.isEmpty()) out.append("location: ").append(quote(location)).append('\n');
        if (!number.isEmpty()) out.append("number: ").append(quote(number)).append('\n');
        people(out, "participants", participants);
        people(out, "absent", absent);
        people(out, "substitutes", substitutes);
        if (!minuteTaker.isEmpty()) out.append("minute_taker: ").append(quote(minuteTaker)).append('\n');
        out.append("---\n");
        for (Item item : items) {
            out.append("\n## ").append(item.number).append(". ").append(item.title).append("\n\n");
            if (!item.cases.isEmpty() || !item.classification.isEmpty() || !item.attachments.isEmpty() || item.open || item.closed) {
                out.append("```punkt\n");
                if (!item.cases.isEmpty()) out.append("cases: [").append(String.join(", ", item.cases)).append("]\n");
                if (!item.classification.isEmpty()) out.append("classification: [").append(String.join(", ", item.classification)).append("]\n");
                if (item.open || item.closed) out.append("access: ").append(item.closed ? "closed" : "open").append('\n');
                if (!item.attachments.isEmpty()) {
                    out.append("attachments:\n");
                    for (String[] a : item.attachments) {
                        out.append("  - title: ").append(quote(a[0])).append('\n');
                        if (!a[1].isEmpty()) out.append("    number: \"").append(a[1]).append("\"\n");
                        if (!a[2].isEmpty()) out.append("    reference: ").append(quote(a[2])).append('\n');
                    }
                }
                out.append("```\n\n");
            }
            out.append(item.body.toString().strip().replaceAll("\n{3,}", "\n\n")).append('\n');
        }
        return out.toString();
    }

    private static void people(StringBuilder out, String key, List<Person> people) {
        if (people.isEmpty()) return;
        out.append(key).append(":\n");
        for (Person p : people) {
            out.append("  - name: ").append(quote(p.name())).append('\n');
            if (!p.role().isEmpty()) out.append("    role: ").append(quote(p.role())).append('\n');
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
