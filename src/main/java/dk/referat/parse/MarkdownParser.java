package dk.referat.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dk.referat.diagnostics.Similar;
import dk.referat.model.RichText;
import java.util.ArrayList;
import org.jsoup.Jsoup;
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

    public MarkdownParser() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()))
                // GitHub's table rules: a table needs its header separator, cells may be short of columns.
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                // Raw HTML in content is shown as text, never passed through: records are public and
                // editable by anyone with commit rights.
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders a whole Markdown text, e.g. a Markdown attachment or a plain page without structure. */
    public RichText render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        return new RichText(html, plainText(html));
    }

    /**
     * Cuts a body into top-level blocks.
     *
     * @param bodyLine the file line the body starts on, so block lines are file lines
     */
    public List<Block> blocks(String body, int bodyLine) {
        Document document = parser.parse(body);
        List<Node> children = new ArrayList<>();
        document.getChildren().forEach(children::add);
        List<Block> blocks = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node node : children) {
            int line = bodyLine + node.getStartLineNumber();
            if (node instanceof Heading heading && heading.getLevel() <= STRUCTURAL_HEADING_LEVEL) {
                flush(document, run, bodyLine, blocks);
                int column = heading.getText().getStartOffset() - heading.getStartOffset() + 1;
                String text = plainText(renderPart(document, List.of(heading)));
                blocks.add(new Block.Heading(heading.getLevel(), text, line, Math.max(column, 1)));
            } else if (node instanceof FencedCodeBlock fence && isMetadata(fence.getInfo().toString().trim())) {
                flush(document, run, bodyLine, blocks);
                blocks.add(new Block.Metadata(fence.getInfo().toString().trim(), fence.getContentChars().toString(),
                        line, line + 1, !fence.getClosingMarker().isEmpty()));
            } else {
                run.add(node);
            }
        }
        flush(document, run, bodyLine, blocks);
        return blocks;
    }

    /**
     * A metadata block, or a near miss of one ("punk", "Punkt"): a typo must not publish an item's
     * case numbers as a code listing, so near misses are handed on for the model to reject.
     */
    private static boolean isMetadata(String info) {
        return !info.isEmpty() && Similar.closest(info, METADATA_BLOCKS) != null;
    }

    /** Renders a run of content nodes as one fragment. */
    private void flush(Document document, List<Node> run, int bodyLine, List<Block> blocks) {
        if (run.isEmpty()) return;
        int line = bodyLine + run.get(0).getStartLineNumber();
        String html = renderPart(document, run);
        run.clear();
        if (!html.isBlank()) blocks.add(new Block.Content(new RichText(html, plainText(html)), line));
    }

    /**
     * Flexmark renders links only when it renders a Document, so the nodes move into a sub-document
     * that shares the original's data (and with it the reference definitions [text][ref] links need).
     */
    private String renderPart(Document document, List<? extends Node> nodes) {
        Document part = new Document(document, document.getChars());
        for (Node node : List.copyOf(nodes)) {
            node.unlink();
            part.appendChild(node);
        }
        return renderer.render(part);
    }

    /** The text a reader sees; taken from the HTML because Flexmark's own text collector trips on some input. */
    private static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
