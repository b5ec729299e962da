package dk.referat.cli;

import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --lang da|en} on every command: the language of what Referat says to the clerk or operator. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang")
    String asked;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Asked for on this command, or on one it is under ({@code referat --lang en build}), or else the environment's. */
    Language language() {
        for (CommandSpec c = command; c != null; c = c.parent()) {
            for (Object mixin : c.mixins().values().stream().map(CommandSpec::userObject).toList()) {
                if (mixin instanceof LanguageOption option && option.asked != null) return Language.chosen(option.asked);
            }
        }
        return Language.chosen(null);
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
