package dk.referat.parse;

import dk.referat.model.RichText;

/** A top-level piece of a Markdown body, in the order written; the model groups them into items and sections. */
public sealed interface Block {

    /** 1-based file line where the block starts. */
    int line();

    /**
     * A heading; {@code column} is where its text starts, for messages about the text.
     *
     * @param underlined written as a line underlined with --- or === rather than with #
     */
    record Heading(int level, String text, int line, int column, boolean underlined) implements Block {
    }

    /**
     * A fenced block whose info string names a metadata block (e.g. {@code punkt}).
     *
     * @param contentLine the file line of the block's first content line
     * @param closed      false when the block's closing fence is missing (it then ran to the end of the file)
     */
    record Metadata(String info, String content, int line, int contentLine, boolean closed) implements Block {
    }

    /** Anything else: paragraphs, lists, tables, quotes — already rendered. */
    record Content(RichText text, int line) implements Block {
    }
}
