package dk.referat.assemble;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.Similar;
import dk.referat.diagnostics.SourcePosition;
import dk.referat.model.AgendaItem;
import dk.referat.model.Committee;
import dk.referat.model.Correction;
import dk.referat.model.RecordHistory;
import dk.referat.model.Meeting;
import dk.referat.model.Publication;
import dk.referat.model.Participant;
import dk.referat.model.PlainPage;
import dk.referat.model.PublicationStatus;
import dk.referat.model.RecordType;
import dk.referat.model.RichText;
import dk.referat.parse.Block;
import dk.referat.parse.ParsedDocument;
import dk.referat.parse.SplitDocument;
import dk.referat.parse.YamlNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a parsed document into a meeting record or a plain page, reporting every field that is wrong. */
final class DocumentReader {
    private static final Set<String> RECORD_FIELDS = Set.of("type", "status", "committee", "body", "date", "start",
            "end", "location", "title", "number", "department", "participants", "absent", "substitutes",
            "minute_taker", "approval", "tags", "slug", "cancelled", "publish", "corrections");
    private static final Set<String> PAGE_FIELDS = Set.of("type", "status", "title", "date", "tags", "publish");
    private static final String PAGE = "page";
    private static final Map<String, RecordType> RECORD_TYPES = Map.of(
            "dagsorden", RecordType.DAGSORDEN, "referat", RecordType.REFERAT);
    private static final Map<String, PublicationStatus> STATUSES = Map.of(
            "published", PublicationStatus.PUBLISHED, "draft", PublicationStatus.DRAFT,
            "offentliggjort", PublicationStatus.PUBLISHED, "kladde", PublicationStatus.DRAFT);

    private final Map<String, Committee> committees;
    private final ItemReader items;
    private final LocalDate today;

    /** @param today the build's day in Denmark: a record whose publish date lies after it is kept off the site */
    DocumentReader(Map<String, Committee> committees, ItemReader items, LocalDate today) {
        this.committees = committees;
        this.items = items;
        this.today = today;
    }

    /** A {@link Meeting} or a {@link PlainPage}; empty when the document has errors. */
    Optional<Publication> read(ParsedDocument doc, Problems problems) {
        YamlNode.Mapping header = doc.header();
        if (doc.format() == SplitDocument.HeaderFormat.NONE) {
            problems.error(new SourcePosition(doc.source().displayName(), 1, 1), Message.of("record.no-front-matter"));
            return Optional.empty();
        }
        boolean isPage = header.get("type").filter(t -> t instanceof YamlNode.Scalar s
                && s.value().strip().equalsIgnoreCase(PAGE)).isPresent();
        if (isPage) return readPage(doc, problems).map(Publication.class::cast);
        Fields f = new Fields(header, problems, Message.of("what.record"), RECORD_FIELDS);
        Optional<RecordType> type = f.choice("type", RECORD_TYPES, Message.of("record.type.choices"),
                Message.of("record.type.example"));
        return readMeeting(doc, f, type, problems).map(Publication.class::cast);
    }

    private Optional<Meeting> readMeeting(ParsedDocument doc, Fields f, Optional<RecordType> type, Problems problems) {
        int before = problems.errors().size();
        Optional<LocalDate> publish = f.date("publish", false);
        Optional<PublicationStatus> status = status(f, publish);
        Optional<Committee> committee = f.required("committee", "committee: " + someCommitteeSlug())
                .flatMap(slug -> lookUpCommittee(slug, f, problems));
        Optional<LocalDate> date = f.date("date", true);
        committee.ifPresent(c -> f.text("body").filter(b -> !b.equals(c.body())).ifPresent(b ->
                problems.error(f.at("body"), Message.of("record.body.differs", b, c.body()))));
        String slug = f.slug("slug", null).orElse(null);
        var startTime = f.time("start");
        var endTime = f.time("end");
        if (startTime.isPresent() && endTime.isPresent() && endTime.get().isBefore(startTime.get())) {
            problems.error(f.at("end"), Message.of("meeting.ends-before-start", endTime.get().toString(),
                    startTime.get().toString()));
        }
        List<Participant> participants = participants(f, "participants");
        List<Participant> absent = participants(f, "absent");
        List<Participant> substitutes = participants(f, "substitutes");
        presentAndAbsent(f, participants, problems);
        List<String> tags = f.texts("tags");
        List<Correction> corrections = corrections(f);
        boolean cancelled = f.choice("cancelled", Map.of("true", true, "false", false, "ja", true, "nej", false),
                Message.of("record.cancelled.choices"), null).orElse(false);
        SourcePosition fileAt = SourcePosition.wholeFile(doc.source().displayName());

        RichText preamble = RichText.EMPTY;
        int firstItem = 0;
        List<Block> blocks = doc.blocks();
        while (firstItem < blocks.size() && !(blocks.get(firstItem) instanceof Block.Heading h && h.level() == 2)) {
            Block block = blocks.get(firstItem);
            if (block instanceof Block.Content c) {
                preamble = preamble.append(c.text());
            } else if (block instanceof Block.Heading h) {
                structureError(fileAt.atLine(h.line(), 1), h, problems);
            } else if (block instanceof Block.Metadata m) {
                problems.error(fileAt.atLine(m.line(), 1), Message.of("record.metadata.misplaced"));
            }
            firstItem++;
        }
        List<AgendaItem> agenda = items.read(blocks.subList(firstItem, blocks.size()), doc.source(),
                committee.map(Committee::slug).orElse(""), problems);

        date.ifPresent(d -> fileNameDate(doc, d, f, problems));
        if (status.isPresent() && status.get() == PublicationStatus.PUBLISHED) {
            // A body that could not be read has no items to count.
            unfinished(f, agenda, cancelled || problems.hasErrors(), fileAt, problems);
        }
        if (problems.errors().size() > before || type.isEmpty() || status.isEmpty() || committee.isEmpty()
                || date.isEmpty()) {
            return Optional.empty();
        }
        SourcePosition addressAt = f.at(slug == null ? "date" : "slug");
        return Optional.of(new Meeting(doc.source().displayName(), addressAt, committee.get(), type.get(), status.get(),
                publish, date.get(), startTime, endTime, f.text("location", ""), f.text("title", ""),
                f.text("number", ""), f.text("department", ""), participants, absent, substitutes, f.text("minute_taker", ""),
                f.text("approval", ""), tags, slug == null ? date.get().toString() : slug, cancelled, preamble, agenda,
                corrections, RecordHistory.NONE));
    }

    private Optional<PlainPage> readPage(ParsedDocument doc, Problems problems) {
        int before = problems.errors().size();
        Fields f = new Fields(doc.header(), problems, Message.of("what.page"), PAGE_FIELDS);
        Optional<PublicationStatus> status = status(f, f.date("publish", false));
        Optional<String> title = f.required("title", "title: Om sitet");
        RichText body = items.markdown().render(doc.body(),
                new dk.referat.diagnostics.SourcePosition(doc.source().displayName(), doc.bodyLine(), 1), 2, problems);
        if (problems.errors().size() > before || status.isEmpty() || title.isEmpty()) return Optional.empty();
        return Optional.of(new PlainPage(doc.source().displayName(), doc.source().contentPath(), title.get(),
                status.get(), body));
    }

    /**
     * A record whose {@code publish} date lies ahead is kept off the site like a draft until a build
     * on or after that date (Danish time): minutes can be committed before they may be made public.
     */
    private Optional<PublicationStatus> status(Fields f, Optional<LocalDate> publish) {
        Optional<PublicationStatus> status = f.choice("status", STATUSES, Message.of("record.status.choices"),
                Message.of("record.status.example"));
        if (publish.isPresent() && publish.get().isAfter(today)) {
            return status.map(s -> PublicationStatus.DRAFT);
        }
        return status;
    }

    private Optional<Committee> lookUpCommittee(String slug, Fields f, Problems problems) {
        Committee committee = committees.get(slug);
        if (committee == null) {
            String near = Similar.closest(slug, committees.keySet());
            String slugs = committees.keySet().stream().sorted().collect(Collectors.joining(", "));
            problems.error(f.at("committee"), Message.of("committee.unknown", slug), committees.isEmpty()
                    ? Message.of("committee.unknown.none")
                    : near != null ? Message.of("committee.unknown.near", near, slugs) : Message.of("committee.unknown.use", slugs));
        }
        return Optional.ofNullable(committee);
    }

    private String someCommitteeSlug() {
        return committees.keySet().stream().sorted().findFirst().orElse("byraadet");
    }

    /** A person is at the meeting or away from it, never both: one of the two lists is a slip. */
    private static void presentAndAbsent(Fields f, List<Participant> participants, Problems problems) {
        Set<String> present = participants.stream().map(p -> p.name().strip().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        for (YamlNode node : f.list("absent")) {
            String name = node instanceof YamlNode.Scalar s ? s.value().strip()
                    : node instanceof YamlNode.Mapping m ? m.get("name").filter(YamlNode.Scalar.class::isInstance)
                            .map(n -> ((YamlNode.Scalar) n).value().strip()).orElse("") : "";
            if (!name.isEmpty() && present.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                problems.editorialError(node.at(), Message.of("person.present-and-absent", name));
            }
        }
    }

    /** A record's file is named by its date (2020-01-15.md); a file name with another date misleads whoever looks for it. */
    private static void fileNameDate(ParsedDocument doc, LocalDate date, Fields f, Problems problems) {
        String name = doc.source().path().getFileName().toString();
        String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        if (stem.matches("\\d{4}-\\d{2}-\\d{2}") && !stem.equals(date.toString())) {
            problems.editorialError(f.at("date"), Message.of("record.file-name.date", name, date.toString()));
        }
    }

    /**
     * What {@code referat new meeting} writes is a draft to be filled in: a published record with no
     * items, or with the placeholder title still in it, was published before it was finished.
     */
    private static void unfinished(Fields f, List<AgendaItem> agenda, boolean itemsNotExpected, SourcePosition fileAt,
                                   Problems problems) {
        if (agenda.isEmpty() && !itemsNotExpected) {
            problems.warning(f.at("status"), Message.of("record.no-items"));
        }
        for (AgendaItem item : agenda) {
            if (item.title().strip().equals(AgendaItem.PLACEHOLDER_TITLE)) {
                problems.editorialError(fileAt.atLine(item.line(), 1), Message.of("item.placeholder", AgendaItem.PLACEHOLDER_TITLE));
            }
        }
    }

    private static List<Participant> participants(Fields f, String key) {
        List<Participant> out = new ArrayList<>();
        for (YamlNode node : f.list(key)) {
            if (node instanceof YamlNode.Scalar scalar) {
                out.add(new Participant(scalar.value().strip(), ""));
            } else if (node instanceof YamlNode.Mapping mapping) {
                Fields person = new Fields(mapping, f.problems(), Message.of("what.person"), Set.of("name", "role"));
                person.required("name", "name: Anne Hansen").ifPresent(name ->
                        out.add(new Participant(name, person.text("role", ""))));
            } else {
                f.problems().error(node.at(), Message.of("person.not-name", key));
            }
        }
        return out;
    }

    /** What the editor corrected after publishing, written for citizens: {@code - date: 2021-11-02} and {@code text: …}. */
    private static List<Correction> corrections(Fields f) {
        List<Correction> out = new ArrayList<>();
        for (YamlNode node : f.list("corrections")) {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                f.problems().error(node.at(), Message.of("correction.not-fields"));
                continue;
            }
            Fields c = new Fields(mapping, f.problems(), Message.of("what.correction"), Set.of("date", "text"));
            Optional<LocalDate> date = c.date("date", true);
            Optional<String> text = c.required("text", "text: Beslutningen i punkt 2 er rettet.");
            if (date.isPresent() && text.isPresent()) out.add(new Correction(date.get(), text.get()));
        }
        out.sort(java.util.Comparator.comparing(Correction::date).reversed());
        return out;
    }

    static void structureError(SourcePosition at, Block.Heading heading, Problems problems) {
        if (heading.level() == 1) {
            problems.error(at, Message.of("heading.level-1", heading.text()));
        } else {
            problems.error(at, Message.of("section.outside-item", heading.text()));
        }
    }
}
