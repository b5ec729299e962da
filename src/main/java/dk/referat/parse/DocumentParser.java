package dk.referat.parse;

import dk.referat.guard.ControlCharacters;
import dk.referat.guard.CprGuard;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import dk.referat.source.SourceFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** Parses content files: front matter (YAML or JBake) with positions, and the Markdown body as blocks. */
public final class DocumentParser {
    private final MarkdownParser markdown;

    public DocumentParser(MarkdownParser markdown) {
        this.markdown = java.util.Objects.requireNonNull(markdown, "markdown");
    }

    public MarkdownParser markdown() {
        return markdown;
    }

    /**
     * Empty when the file cannot be read or its header cannot be parsed; the reason is in
     * {@code problems}. A broken header stops there: checking its fields would only add noise.
     */
    public Optional<ParsedDocument> parse(SourceFile file, Problems problems) {
        return readUtf8(file, problems).flatMap(text -> parse(file, text, problems));
    }

    /** Parses a text as the file: the file as it is, or an earlier version of it from git. */
    public Optional<ParsedDocument> parse(SourceFile file, String text, Problems problems) {
        String name = file.displayName();
        String normalised = FrontMatterSplitter.normalise(text);
        CprGuard.scan(normalised, new SourcePosition(name, 1, 1), Message.NONE, problems);
        // Read no further: the header's parser would only report the same characters again, less clearly.
        if (!ControlCharacters.scan(normalised, new SourcePosition(name, 1, 1), problems)) return Optional.empty();
        Problems headerProblems = new Problems();
        SplitDocument split = FrontMatterSplitter.split(text, name, headerProblems);
        SourcePosition headerAt = new SourcePosition(name, split.headerLine(), 1);
        YamlNode.Mapping header = switch (split.format()) {
            case YAML -> asMapping(YamlReader.read(split.header(), headerAt, headerProblems), headerAt, headerProblems);
            case JBAKE -> JBakeHeader.read(split.header(), headerAt, headerProblems);
            case NONE -> YamlNode.Mapping.empty(SourcePosition.wholeFile(name));
        };
        problems.addAll(headerProblems);
        if (headerProblems.hasErrors()) return Optional.empty();
        List<Block> blocks = markdown.blocks(split.body(), split.bodyLine(), name, problems);
        return Optional.of(new ParsedDocument(file, split.format(), header, split.body(), split.bodyLine(), blocks));
    }

    /** Reads a YAML data file such as committees.yaml, whose names and descriptions are published like a record's text. */
    public Optional<YamlNode> parseYaml(SourceFile file, Problems problems) {
        return readUtf8(file, problems).flatMap(text -> {
            String normalised = FrontMatterSplitter.normalise(text);
            SourcePosition first = new SourcePosition(file.displayName(), 1, 1);
            CprGuard.scan(normalised, first, Message.NONE, problems);
            if (!ControlCharacters.scan(normalised, first, problems)) return Optional.empty();
            return YamlReader.read(normalised, first, problems);
        });
    }

    /** Strict UTF-8: a file saved in another encoding would otherwise publish mangled æøå without a word. */
    public static Optional<String> readUtf8(SourceFile file, Problems problems) {
        try {
            byte[] bytes = Files.readAllBytes(file.path());
            // The String constructor is the JDK's fastest decoder, but replaces what is not UTF-8 with
            // U+FFFD; only a text that then holds one is decoded again, strictly, to tell which it was.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) return Optional.of(text);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.error(SourcePosition.wholeFile(file.displayName()), Message.of("text.not-utf8"));
        } catch (IOException e) {
            problems.error(SourcePosition.wholeFile(file.displayName()),
                    Message.of("text.unreadable", Message.verbatim(String.valueOf(e.getMessage()))));
        }
        return Optional.empty();
    }

    private static YamlNode.Mapping asMapping(Optional<YamlNode> node, SourcePosition at, Problems problems) {
        if (node.isEmpty()) return YamlNode.Mapping.empty(at);
        if (node.get() instanceof YamlNode.Mapping mapping) return mapping;
        problems.error(node.get().at(), Message.of("header.not-fields", YamlNode.kind(node.get())));
        return YamlNode.Mapping.empty(at);
    }
}
