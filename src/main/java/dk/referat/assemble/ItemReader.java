package dk.referat.assemble;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import dk.referat.model.Access;
import dk.referat.model.AgendaItem;
import dk.referat.model.Attachment;
import dk.referat.model.AttachmentFile;
import dk.referat.model.CaseNumber;
import dk.referat.model.Relation;
import dk.referat.model.RelationType;
import dk.referat.model.RichText;
import dk.referat.model.Section;
import dk.referat.model.SectionKind;
import dk.referat.parse.Block;
import dk.referat.parse.AttachmentReader;
import dk.referat.parse.MarkdownParser;
import dk.referat.parse.YamlNode;
import dk.referat.parse.YamlReader;
import dk.referat.source.SourceFile;
import dk.referat.source.SourceScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a record's agenda items: the {@code ##} headings, their {@code punkt} blocks and their sections. */
final class ItemReader {
    /** "27. Titel", and the forms the seeds print: "Punkt 27: Titel", "Pkt. 27. Titel". */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:(?:[Pp]unkt|[Pp]kt\\.?)\\s*)?(\\d{1,4}[a-z]?)\\s*[.:](?:\\s+(.*))?");
    private static final Set<String> ITEM_FIELDS = Set.of("cases", "classification", "access", "attachments", "relations");
    private static final Set<String> RELATION_FIELDS = Set.of("type", "to", "item", "note");
    private static final Pattern DATE_OR_MONTH = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
    private static final Set<String> ATTACHMENT_FIELDS = Set.of("title", "number", "reference", "access", "file", "url");
    private static final Map<String, Access> ACCESS = Map.of(
            "open", Access.OPEN, "åben", Access.OPEN, "aaben", Access.OPEN,
            "closed", Access.CLOSED, "lukket", Access.CLOSED);

    private final MarkdownParser markdown;
    private final String closedTitle;
    private final AttachmentReader attachmentReader;
    private final Map<String, SourceFile> attachmentFiles;

    /**
     * @param closedTitle what a closed item is called instead of its title, or empty to publish closed
     *                    items' titles
     */
    ItemReader(MarkdownParser markdown, List<SourceFile> attachmentFiles, String closedTitle) {
        this.markdown = markdown;
        this.closedTitle = closedTitle;
        this.attachmentReader = new AttachmentReader(markdown);
        this.attachmentFiles = new HashMap<>();
        attachmentFiles.forEach(f -> this.attachmentFiles.put(f.contentPath(), f));
    }

    MarkdownParser markdown() {
        return markdown;
    }

    /**
     * @param blocks    the record's blocks from its first {@code ##} heading on
     * @param committee the record's committee slug, for relations that name only a date
     */
    List<AgendaItem> read(List<Block> blocks, SourceFile record, String committee, Problems problems) {
        SourcePosition fileAt = SourcePosition.wholeFile(record.displayName());
        List<AgendaItem> items = new ArrayList<>();
        Map<String, Integer> numbersSeen = new HashMap<>();
        // Numbered items own their anchors; an unnumbered item's title-made anchor must not take one.
        Set<String> anchors = new HashSet<>();
        int highest = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Heading h && h.level() == 2) {
                Matcher m = NUMBERED.matcher(h.text());
                if (m.matches()) {
                    anchors.add("punkt-" + m.group(1));
                    if (m.group(1).matches("\\d{1,6}")) highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        boolean anyNumbered = !anchors.isEmpty();
        int i = 0;
        while (i < blocks.size()) {
            Block.Heading heading = (Block.Heading) blocks.get(i++);
            SourcePosition headingAt = fileAt.atLine(heading.line(), heading.column());
            Matcher numbered = NUMBERED.matcher(heading.text());
            String number = numbered.matches() ? numbered.group(1) : "";
            String title = numbered.matches() ? Objects.toString(numbered.group(2), "").strip() : heading.text();
            if (title.isEmpty()) {
                problems.error(headingAt, Message.of("item.no-title"));
            } else if (number.isEmpty() && SectionKind.ofHeading(title).isPresent()) {
                problems.error(headingAt, Message.of("item.reads-like-section", title));
            } else if (number.isEmpty() && anyNumbered && !title.matches("(?i)((punkt|pkt\\.?)\\s*)?\\d.*") && !heading.underlined()) {
                // A ## heading is always an item: one meant as a heading inside an item silently splits it.
                problems.warning(headingAt, Message.of("item.unnumbered", title, String.valueOf(highest + 1)));
            }
            if (!number.isEmpty()) {
                Integer first = numbersSeen.putIfAbsent(number, heading.line());
                if (first != null) {
                    problems.error(headingAt, Message.of("item.duplicate", number, String.valueOf(first)));
                }
            }

            Optional<YamlNode.Mapping> meta = Optional.empty();
            if (i < blocks.size() && blocks.get(i) instanceof Block.Metadata m) {
                if (!m.info().equals("punkt")) {
                    problems.error(fileAt.atLine(m.line(), 1), Message.of("item.metadata.not-punkt", m.info()));
                } else if (m.closed()) {
                    meta = readMetadata(m, fileAt, problems);
                } else {
                    problems.error(fileAt.atLine(m.line(), 1), Message.of("item.metadata.unclosed"));
                }
                i++;
            }
            Fields f = new Fields(meta.orElse(YamlNode.Mapping.empty(headingAt)), problems, Message.of("what.item"), ITEM_FIELDS);
            List<CaseNumber> cases = caseNumbers(f, "cases", problems);
            List<CaseNumber> classification = caseNumbers(f, "classification", problems);
            Optional<Access> access = f.choice("access", ACCESS, Message.of("access.choices"), null);
            // Where a closed item's title may not be published either, it never enters the model.
            if (access.equals(Optional.of(Access.CLOSED)) && !closedTitle.isEmpty()) title = closedTitle;
            String anchor = number.isEmpty() ? uniqueAnchor("punkt-" + Slugs.of(title), anchors) : "punkt-" + number;
            List<Attachment> attachments = attachments(f, record, problems);
            List<Relation> relations = relations(f, committee, problems);

            List<Section> sections = new ArrayList<>();
            SectionKind kind = SectionKind.INDLEDNING;
            String sectionHeading = "";
            RichText text = RichText.EMPTY;
            while (i < blocks.size() && !(blocks.get(i) instanceof Block.Heading h && h.level() <= 2)) {
                Block block = blocks.get(i++);
                if (block instanceof Block.Heading h) {
                    if (kind != SectionKind.INDLEDNING || !text.isEmpty()) {
                        sections.add(new Section(kind, sectionHeading, text));
                    }
                    kind = SectionKind.ofHeading(h.text()).orElse(SectionKind.ANDET);
                    sectionHeading = h.text();
                    text = RichText.EMPTY;
                } else if (block instanceof Block.Content c) {
                    text = text.append(c.text());
                } else if (block instanceof Block.Metadata m) {
                    problems.error(fileAt.atLine(m.line(), 1), Message.of("item.metadata.misplaced", heading.text()));
                }
            }
            if (kind != SectionKind.INDLEDNING || !text.isEmpty()) sections.add(new Section(kind, sectionHeading, text));
            if (i < blocks.size() && blocks.get(i) instanceof Block.Heading h && h.level() == 1) {
                DocumentReader.structureError(fileAt.atLine(h.line(), 1), h, problems);
                i++;
                while (i < blocks.size() && !(blocks.get(i) instanceof Block.Heading h2 && h2.level() == 2)) i++;
            }
            // A closed item is its number and title in the model and nothing more: no page, index, feed or
            // export can publish what it holds, or tie it to a matter (docs/content-format.md, "Closed items").
            items.add(access.equals(Optional.of(Access.CLOSED))
                    ? new AgendaItem(number, title, anchor, List.of(), List.of(), access, List.of(), List.of(), List.of(), heading.line())
                    : new AgendaItem(number, title, anchor, cases, classification, access, attachments, relations, sections,
                    heading.line()));
        }
        return items;
    }

    private static Optional<YamlNode.Mapping> readMetadata(Block.Metadata block, SourcePosition fileAt, Problems problems) {
        Optional<YamlNode> node = YamlReader.read(block.content(), fileAt.atLine(block.contentLine(), 1), problems);
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof YamlNode.Mapping mapping) return Optional.of(mapping);
        problems.error(node.get().at(), Message.of("item.metadata.not-fields", YamlNode.kind(node.get())));
        return Optional.empty();
    }

    private static List<CaseNumber> caseNumbers(Fields f, String key, Problems problems) {
        List<CaseNumber> out = new ArrayList<>();
        for (YamlNode node : f.list(key)) {
            if (!(node instanceof YamlNode.Scalar scalar)) {
                problems.error(node.at(), Message.of("case.not-single", key));
                continue;
            }
            String value = scalar.value().strip();
            CaseNumber.Scheme scheme = CaseNumber.schemeOf(value);
            if (scheme == null) {
                problems.error(node.at(), Message.of("case.invalid", value));
            } else {
                out.add(new CaseNumber(value, scheme));
            }
        }
        return out;
    }

    /** Reads relations; whether their targets exist is checked when the whole site is known (resolve). */
    private static List<Relation> relations(Fields f, String committee, Problems problems) {
        List<Relation> out = new ArrayList<>();
        for (YamlNode node : f.list("relations")) {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                problems.error(node.at(), Message.of("relation.not-fields"));
                continue;
            }
            Fields r = new Fields(mapping, problems, Message.of("what.relation"), RELATION_FIELDS);
            Optional<RelationType> type = r.choice("type", RelationType.words(),
                    "resumes, postponed-to, recommends-to, responds-to, relates-to", "type: resumes");
            Optional<String> to = r.required("to", "to: " + committee + "/2020-08-12");
            if (type.isEmpty() || to.isEmpty()) continue;
            String target = to.get();
            String targetCommittee = committee;
            String meeting = "";
            if (DATE_OR_MONTH.matcher(target).matches()) {
                meeting = target;
            } else if (target.contains("/")) {
                targetCommittee = target.substring(0, target.indexOf('/'));
                meeting = target.substring(target.indexOf('/') + 1);
            } else {
                targetCommittee = target;
            }
            String item = r.text("item", "");
            if (!item.isEmpty() && meeting.isEmpty()) {
                problems.error(r.at("item"), Message.of("relation.item-without-meeting", targetCommittee));
                continue;
            }
            out.add(new Relation(type.get(), targetCommittee, meeting, item, r.text("note", ""), r.at("to"),
                    r.has("item") ? r.at("item") : r.at("to")));
        }
        return out;
    }

    private List<Attachment> attachments(Fields f, SourceFile record, Problems problems) {
        List<Attachment> out = new ArrayList<>();
        for (YamlNode node : f.list("attachments")) {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                problems.error(node.at(), Message.of("attachment.not-fields"));
                continue;
            }
            Fields a = new Fields(mapping, problems, Message.of("what.attachment"), ATTACHMENT_FIELDS);
            Optional<String> title = a.required("title", "title: Bilag 1");
            Optional<Access> access = a.choice("access", ACCESS, Message.of("access.choices"), null);
            String url = a.text("url", "");
            if (!url.isEmpty() && !url.matches("https?://\\S+")) {
                problems.error(a.at("url"), Message.of("attachment.url.invalid", url));
            }
            Optional<AttachmentFile> file = a.text("file").flatMap(path -> attachmentFile(path, a.at("file"), record, problems));
            if (a.has("file") && !url.isEmpty()) {
                problems.error(a.at("url"), Message.of("attachment.file-and-url"));
            }
            // A closed attachment is published by its title alone: its number, reference and file never enter the model.
            boolean closed = access.equals(Optional.of(Access.CLOSED));
            title.ifPresent(t -> out.add(closed ? new Attachment(t, "", "", access, Optional.empty(), "", a.at("title"))
                    : new Attachment(t, a.text("number", ""), a.text("reference", ""), access, file, url, a.at("title"))));
        }
        return out;
    }

    private Optional<AttachmentFile> attachmentFile(String path, SourcePosition at, SourceFile record, Problems problems) {
        String folder = record.contentPath().contains("/")
                ? record.contentPath().substring(0, record.contentPath().lastIndexOf('/') + 1) : "";
        String contentPath = Path.of(folder + path).normalize().toString().replace('\\', '/');
        if (Path.of(path).isAbsolute() || path.startsWith("/") || contentPath.startsWith("..")) {
            problems.error(at, Message.of("attachment.file.outside", path, SourceScanner.ATTACHMENT_FOLDER));
            return Optional.empty();
        }
        SourceFile source = attachmentFiles.get(contentPath);
        if (source == null) {
            boolean elsewhere = Files.isRegularFile(record.path().resolveSibling(path));
            problems.error(at, elsewhere ? Message.of("attachment.file.elsewhere", path, SourceScanner.ATTACHMENT_FOLDER)
                    : Message.of("attachment.file.missing", path, contentPath));
            return Optional.empty();
        }
        return attachmentReader.read(source, at, problems);
    }

    private static String uniqueAnchor(String wanted, Set<String> taken) {
        String anchor = wanted;
        for (int n = 2; !taken.add(anchor); n++) anchor = wanted + "-" + n;
        return anchor;
    }
}
