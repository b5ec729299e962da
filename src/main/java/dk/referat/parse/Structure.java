package dk.referat.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where CommonMark reads a record otherwise than its editor meant: an unclosed code fence or HTML
 * block runs on over the items below it, and a line underlined with --- or === is a heading, which
 * starts a new item. CommonMark has no errors, so these are said here, at the line that causes them.
 */
final class Structure {
    /** A line that would have been an item's or a section's heading. */
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^ {0,3}(#{1,3})[ \\t]+(\\S.*)$");

    private Structure() {
    }

    static void check(Document document, String text, IntFunction<SourcePosition> at, Problems problems) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            // An unclosed punkt block is the model's to report, with what a punkt block needs.
            if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()
                    && !MarkdownParser.isMetadata(fence.getInfo().toString().trim())) {
                unclosed(fence, at, problems);
            } else if (node instanceof HtmlBlockBase html) {
                swallowed(html, text, at, problems);
            } else if (node instanceof Heading heading && heading.isSetextHeading() && heading.getLevel() == 2) {
                problems.warning(at.apply(heading.getClosingMarker().getStartOffset()),
                        Message.of("markdown.setext", heading.getText().toString().strip()));
            }
        }
    }

    private static void unclosed(FencedCodeBlock fence, IntFunction<SourcePosition> at, Problems problems) {
        Matcher heading = HEADING_LINE.matcher(fence.getContentChars().toString());
        Message fix = Message.of("markdown.code.unclosed.fix", fence.getOpeningMarker().toString());
        if (heading.find()) {
            problems.editorialError(at.apply(fence.getStartOffset()),
                    Message.of("markdown.code.unclosed.heading", heading.group(1) + " " + heading.group(2).strip()), fix);
        } else {
            problems.warning(at.apply(fence.getStartOffset()), Message.of("markdown.code.unclosed"), fix);
        }
    }

    /** An HTML block runs to a blank line (a comment to its -->, a pre or script to its closing tag): never over a heading. */
    private static void swallowed(HtmlBlockBase html, String text, IntFunction<SourcePosition> at, Problems problems) {
        String chars = html.getChars().toString();
        int firstLineEnd = chars.indexOf('\n');
        if (firstLineEnd < 0) return;
        Matcher heading = HEADING_LINE.matcher(chars.substring(firstLineEnd + 1));
        if (!heading.find()) return;
        Unpublishable kind = Unpublishable.of(chars);
        // A closed comment around a heading (an item commented out) is the editor's intent; RawHtml says it is removed.
        if (kind != null && chars.contains(kind.closing)) return;
        Message runsOver = Message.of("html.runs-over", heading.group(1) + " " + heading.group(2).strip());
        problems.editorialError(at.apply(html.getStartOffset()), runsOver,
                kind != null ? Message.of("html.runs-over.end", kind.closing) : runsOver.fix());
    }
}
