package dk.referat.parse;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * A Flexmark extension that marks the header cells of a Markdown table as its columns' headers
 * ({@code scope="col"}), so a screen reader announces each cell with its column. The table's
 * caption and scroll region need the finished page (its number among the page's tables, the heading
 * the page shows above it) and are made in post-processing. Stateless, like Flexmark's own.
 */
final class TableHeaderScopes extends AttributeExtension {
    private TableHeaderScopes() {
    }

    static TableHeaderScopes create() {
        return new TableHeaderScopes();
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell cell && cell.isHeader() && cell.getAncestorOfType(TableHead.class) != null) {
            attributes.addValue("scope", "col");
        }
    }
}
