package dk.referat.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.Similar;
import dk.referat.diagnostics.SourcePosition;
import dk.referat.model.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one Flexmark parser and renderer of a build. Both are immutable and thread-safe once built, so
 * they are made once and shared, never per file.
 */
public final class MarkdownParser {
    /** Info strings of fenced blocks that carry metadata rather than code. */
    public static final Set<String> METADATA_BLOCKS = Set.of("punkt");
    /** Headings down to ### give a record its structure (items, sections); deeper ones are just text. */
    public static final int STRUCTURAL_HEADING_LEVEL = 3;

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** For the rare text with raw HTML: passes it through, to be cleaned by {@link RawHtml} right after. */
    private final HtmlRenderer rawRenderer;

    public MarkdownParser() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), PlainTextRendering.create(),
                        HeadingLevels.create(), CheckMarks.create(), TableHeaderScopes.create()))
                // GitHub's table rules: a table needs its header separator, cells may be short of columns.
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // As CommonMark asks: "æ", "\\" and the like in an address are written %C3%A6, %5C.
                .set(HtmlRenderer.PERCENT_ENCODE_URLS, true)
                // Headings get no ids (the page numbers its items itself), so none need making.
                .set(HtmlRenderer.GENERATE_HEADER_ID, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(new MutableDataSet(options).set(HtmlRenderer.ESCAPE_HTML, true)).build();
        this.rawRenderer = HtmlRenderer.builder(new MutableDataSet(options).set(HtmlRenderer.ESCAPE_HTML, false)).build();
    }

    /**
     * Renders a whole Markdown text, e.g. a Markdown attachment or a plain page without structure.
     *
     * @param first        where the text's first line is in its file, for warnings about raw HTML
     * @param headingLevel the level the text's highest heading is written at: the one below the
     *                     heading the page shows over the text
     */
    public RichText render(String markdown, SourcePosition first, int headingLevel, Problems problems) {
        if (!MarkdownLimits.check(markdown, first, problems)) return RichText.EMPTY;
        try {
            return renderWithin(markdown, first, headingLevel, problems);
        } catch (StackOverflowError e) {
            tooDeep(first, problems);
            return RichText.EMPTY;
        }
    }

    /**
     * The last resort for a text within {@link MarkdownLimits} that still nests deeper than the stack
     * holds (emphasis inside links inside emphasis…): a message, not a Java trace.
     */
    private static void tooDeep(SourcePosition first, Problems problems) {
        problems.error(first, Message.of("markdown.too-deep"));
    }

    private RichText renderWithin(String markdown, SourcePosition first, int headingLevel, Problems problems) {
        Document document = parser.parse(markdown);
        HeadingLevels.FIRST_LEVEL.set(document, headingLevel);
        int[] lineStarts = lineStarts(markdown);
        java.util.function.IntFunction<SourcePosition> at = offset -> position(first, lineStarts, markdown, offset);
        boolean raw = RawHtml.check(document, at, problems);
        boolean clean = RawHtml.checkLinks(document, at, problems) | raw;
        String html = (raw ? rawRenderer : renderer).render(document);
        return new RichText(clean ? RawHtml.clean(html) : html);
    }

    private static SourcePosition position(SourcePosition first, int[] lineStarts, String text, int offset) {
        int line = lineOf(lineStarts, offset);
        return first.atLine(first.line() + line, offset - lineStarts[line] + 1);
    }

    /**
     * Cuts a body into top-level blocks.
     *
     * @param bodyLine the file line the body starts on, so block lines are file lines
     * @param file     the file's name, for warnings about raw HTML
     */
    public List<Block> blocks(String body, int bodyLine, String file, Problems problems) {
        SourcePosition first = new SourcePosition(file, bodyLine, 1);
        if (!MarkdownLimits.check(body, first, problems)) return List.of();
        try {
            return blocksWithin(body, bodyLine, file, problems);
        } catch (StackOverflowError e) {
            tooDeep(first, problems);
            return List.of();
        }
    }

    private List<Block> blocksWithin(String body, int bodyLine, String file, Problems problems) {
        Document document = parser.parse(body);
        HeadingLevels.BELOW_STRUCTURE.set(document, true);
        // Flexmark's getStartLineNumber() counts lines from the start of the text on every call, which
        // is quadratic over a long record; a table of line starts answers each call with a binary search.
        int[] lineStarts = lineStarts(body);
        SourcePosition bodyStart = new SourcePosition(file, bodyLine, 1);
        java.util.function.IntFunction<SourcePosition> at = offset -> position(bodyStart, lineStarts, body, offset);
        Structure.check(document, body, at, problems);
        boolean raw = RawHtml.check(document, at, problems);
        boolean clean = RawHtml.checkLinks(document, at, problems) | raw;
        List<Node> children = new ArrayList<>();
        document.getChildren().forEach(children::add);

        // Group the top-level nodes: each structural heading alone, each run of content together, and
        // the metadata blocks aside. Then render the whole document once (Flexmark resolves links and
        // references only in a whole document, and setting up a render is costly) with a marker
        // before each group, and cut the HTML at the markers.
        List<Object> groups = new ArrayList<>();
        List<Node> run = null;
        for (Node node : children) {
            if (node instanceof FencedCodeBlock fence && isMetadata(fence.getInfo().toString().trim())) {
                groups.add(fence);
                run = null;
            } else if (node instanceof Heading heading && heading.getLevel() <= STRUCTURAL_HEADING_LEVEL) {
                groups.add(List.of(heading));
                run = null;
            } else {
                if (run == null) {
                    run = new ArrayList<>();
                    groups.add(run);
                }
                run.add(node);
            }
        }
        int marker = 0;
        for (Object group : groups) {
            if (group instanceof FencedCodeBlock fence) {
                fence.unlink();
            } else {
                Paragraph p = new Paragraph();
                p.appendChild(new Text(BasedSequence.of(MARK + (marker++) + MARK)));
                ((Node) ((List<?>) group).get(0)).insertBefore(p);
            }
        }
        String[] parts = MARKER.split((raw ? rawRenderer : renderer).render(document), -1);

        List<Block> blocks = new ArrayList<>();
        int part = 1;
        for (Object group : groups) {
            if (group instanceof FencedCodeBlock fence) {
                int line = bodyLine + lineOf(lineStarts, fence.getStartOffset());
                blocks.add(new Block.Metadata(fence.getInfo().toString().trim(), fence.getContentChars().toString(),
                        line, line + 1, !fence.getClosingMarker().isEmpty()));
                continue;
            }
            String html = part < parts.length ? parts[part] : "";
            if (clean) html = RawHtml.clean(html);
            part++;
            Node first = (Node) ((List<?>) group).get(0);
            int line = bodyLine + lineOf(lineStarts, first.getStartOffset());
            if (first instanceof Heading heading && heading.getLevel() <= STRUCTURAL_HEADING_LEVEL) {
                int column = heading.getText().getStartOffset() - heading.getStartOffset() + 1;
                blocks.add(new Block.Heading(heading.getLevel(), RichText.textOf(html), line, Math.max(column, 1),
                        heading.isSetextHeading()));
            } else if (!html.isBlank()) {
                blocks.add(new Block.Content(new RichText(html), line));
            }
        }
        return blocks;
    }

    private static final String MARK = "\u0001";
    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("<p>\u0001\\d+\u0001</p>\n?");

    /**
     * A metadata block, or a near miss of one ("punk", "Punkt"): a typo must not publish an item's
     * case numbers as a code listing, so near misses are handed on for the model to reject.
     */
    static boolean isMetadata(String info) {
        return !info.isEmpty() && Similar.closest(info, METADATA_BLOCKS) != null;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        // indexOf is a vectorised intrinsic; a charAt loop over every character cost seconds on a large site.
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) starts = java.util.Arrays.copyOf(starts, count * 2);
            starts[count++] = i + 1;
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** 0-based line of an offset, as Flexmark's getStartLineNumber() gives it. */
    private static int lineOf(int[] lineStarts, int offset) {
        int i = java.util.Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
