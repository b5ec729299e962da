package dk.referat.cli;

import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import picocli.CommandLine.Option;

/** {@code --lang da|en} on every command: the language of what Referat says to the clerk or operator. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang")
    String asked;

    Language language() {
        return Language.chosen(asked);
    }

    /** The catalogue in the chosen language. */
    Catalogue words() {
        return Catalogue.of(language());
    }

    /**
     * The language asked for on a command line before it is parsed, so that picocli's help and its
     * own errors are in it too; {@code null} when none was.
     */
    static String askedIn(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) break;
            if (args[i].equals("--lang") && i + 1 < args.length) return args[i + 1];
            if (args[i].startsWith("--lang=")) return args[i].substring("--lang=".length());
        }
        return null;
    }
}
