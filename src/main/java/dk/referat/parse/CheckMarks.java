package dk.referat.parse;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * A Flexmark extension for status reports, which list done things as "- ✓ …": such a list item gets
 * the class {@code check}, so the stylesheet can drop the bullet and the check mark stands alone, as
 * in the printed report. The text is untouched. Stateless, like Flexmark's own.
 */
final class CheckMarks implements HtmlRenderer.HtmlRendererExtension {
    private CheckMarks() {
    }

    static CheckMarks create() {
        return new CheckMarks();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return CheckMarks::setAttributes;
            }
        });
    }

    private static void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof ListItem && startsWithCheck(node)) attributes.addValue("class", "check");
    }

    /** Whether the item's first words, inside any paragraph, bold or italics, begin with a check mark. */
    private static boolean startsWithCheck(Node item) {
        Node first = item.getFirstChild();
        while (first instanceof Paragraph || first instanceof StrongEmphasis || first instanceof Emphasis) {
            first = first.getFirstChild();
        }
        return first instanceof Text text && text.getChars().toString().stripLeading().startsWith("✓");
    }
}
