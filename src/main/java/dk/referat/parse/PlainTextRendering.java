package dk.referat.parse;

import dk.referat.guard.CprGuard;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * A Flexmark extension that writes a text node holding nothing to unescape, normalise or escape (no
 * backslash, '&amp;', carriage return, '&lt;', '&gt;' or '"') as it is. Flexmark's own renderer runs
 * three regular expressions over every text node, which was a third of rendering a site's records;
 * any other text node is rendered as Flexmark does, except that a number marked as no CPR number
 * ({@code 010203\-4567}) keeps its mark as a non-breaking hyphen ({@link dk.referat.guard.CprGuard#publishMarked}).
 * Stateless, like Flexmark's own.
 */
final class PlainTextRendering implements HtmlRenderer.HtmlRendererExtension {
    private PlainTextRendering() {
    }

    static PlainTextRendering create() {
        return new PlainTextRendering();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, Renderer::render));
        }

        private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
            BasedSequence chars = node.getChars();
            if (isPlain(chars)) {
                html.raw(chars.toString());
            } else {
                // What Flexmark's CoreNodeRenderer does for every text node, but for the numbers an
                // editor marked as no CPR numbers, whose escaped hyphen must stay a mark.
                String text = CprGuard.publishMarked(chars.toString());
                html.text(Escaping.normalizeEOL(text.equals(chars.toString()) ? chars.unescape() : Escaping.unescapeString(text)));
            }
        }

        private static boolean isPlain(CharSequence chars) {
            for (int i = 0; i < chars.length(); i++) {
                switch (chars.charAt(i)) {
                    case '\\', '&', '\r', '<', '>', '"' -> {
                        return false;
                    }
                    default -> { }
                }
            }
            return true;
        }
    }
}
