package dk.referat.parse;

import dk.referat.source.SourceFile;
import java.util.List;

/**
 * A record or page after parsing: its header fields and its body's blocks, all with positions.
 *
 * @param body     the Markdown body as written, for pages that are rendered whole
 * @param bodyLine the file line the body starts on
 */
public record ParsedDocument(SourceFile source, SplitDocument.HeaderFormat format, YamlNode.Mapping header,
                             String body, int bodyLine, List<Block> blocks) {

    public ParsedDocument {
        blocks = List.copyOf(blocks);
    }
}
