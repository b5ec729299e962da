package dk.referat.parse;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** A Flexmark extension that adds attributes to the elements it renders, as one stateless {@link AttributeProvider}. */
abstract class AttributeExtension implements HtmlRenderer.HtmlRendererExtension, AttributeProvider {

    @Override
    public final void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public final void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return AttributeExtension.this;
            }
        });
    }
}
