package dk.referat.parse;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * A Flexmark extension that marks the header cells of a Markdown table as its columns' headers
 * ({@code scope="col"}), so a screen reader announces each cell with its column. The table's
 * caption and scroll region need the finished page (its number among the page's tables, the heading
 * the page shows above it) and are made in post-processing. Stateless, like Flexmark's own.
 */
final class TableHeaderScopes implements HtmlRenderer.HtmlRendererExtension {
    private TableHeaderScopes() {
    }

    static TableHeaderScopes create() {
        return new TableHeaderScopes();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    /** A factory of its own class, not one shared with CheckMarks: Flexmark keeps one attribute provider factory per class. */
    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return TableHeaderScopes::setAttributes;
            }
        });
    }

    private static void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell cell && cell.isHeader() && cell.getAncestorOfType(TableHead.class) != null) {
            attributes.addValue("scope", "col");
        }
    }
}
