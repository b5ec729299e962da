package dk.referat.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Flexmark extension that writes a text's headings at the levels the page it goes on needs, keeping
 * their order: the highest heading of a text sits at a given level and the others below it as the
 * editor wrote them, so that the page's heading order has no gaps and only one h1, whatever the
 * editor wrote (an editor's "####" under an item's h2 becomes h3, a Markdown document's "#" under its
 * page's h2 becomes h3). Stateless, like Flexmark's own; the levels are options of the document.
 */
final class HeadingLevels implements HtmlRenderer.HtmlRendererExtension {
    /** Where the highest heading of a whole text sits (2 for a page's text, 3 for an attachment's); 0 writes them as they are. */
    static final DataKey<Integer> FIRST_LEVEL = new DataKey<>("REFERAT_FIRST_HEADING_LEVEL", 0);

    /**
     * A record's body, whose top-level headings down to {@value MarkdownParser#STRUCTURAL_HEADING_LEVEL}
     * are its structure (items, sections) and are written as they are: each run of text between them
     * is a text of its own, whose highest heading sits one below the structural heading over it (3
     * under an item's ##, 4 under a section's ###), or at 2 in the preamble above the first.
     */
    static final DataKey<Boolean> BELOW_STRUCTURE = new DataKey<>("REFERAT_HEADINGS_BELOW_STRUCTURE", false);

    private HeadingLevels() {
    }

    static HeadingLevels create() {
        return new HeadingLevels();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** Made for each render of one document: it keeps the levels it worked out for that document. */
    private static final class Renderer implements NodeRenderer {
        private Map<Heading, Integer> levels;

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
        }

        private void render(Heading node, NodeRendererContext context, HtmlWriter html) {
            if (levels == null) levels = levels(context.getDocument());
            int level = levels.getOrDefault(node, node.getLevel());
            // As Flexmark's own renderer writes a heading without an id.
            html.srcPos(node.getText()).withAttr().tagLine("h" + level, () -> context.renderChildren(node));
        }

        private static Map<Heading, Integer> levels(Document document) {
            Map<Heading, Integer> levels = new IdentityHashMap<>();
            if (BELOW_STRUCTURE.get(document)) {
                int first = 2;
                List<Node> run = new ArrayList<>();
                for (Node node : document.getChildren()) {
                    if (node instanceof Heading h && h.getLevel() <= MarkdownParser.STRUCTURAL_HEADING_LEVEL) {
                        place(run, first, levels);
                        run.clear();
                        first = h.getLevel() == 1 ? 2 : h.getLevel() + 1;
                    } else {
                        run.add(node);
                    }
                }
                place(run, first, levels);
            } else if (FIRST_LEVEL.get(document) > 0) {
                List<Node> all = new ArrayList<>();
                document.getChildren().forEach(all::add);
                place(all, FIRST_LEVEL.get(document), levels);
            }
            return levels;
        }

        /** The headings in one text, its highest at {@code first}, the others as far below it as written. */
        private static void place(List<Node> text, int first, Map<Heading, Integer> levels) {
            List<Heading> headings = new ArrayList<>();
            for (Node node : text) {
                if (node instanceof Heading h) headings.add(h);
                for (Node inside : node.getDescendants()) if (inside instanceof Heading h) headings.add(h);
            }
            int top = headings.stream().mapToInt(Heading::getLevel).min().orElse(first);
            for (Heading h : headings) levels.put(h, Math.min(6, h.getLevel() - top + first));
        }
    }
}
