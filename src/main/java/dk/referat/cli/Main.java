package dk.referat.cli;

import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.ToldFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code referat} command. Argument parsing only: every subcommand hands off to the front door.
 * Its help is in the catalogue (the keys {@code usage.*} and {@code referat.*}), in the language of
 * {@code --lang}, {@code REFERAT_LANG} or Danish.
 */
@Command(name = "referat", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, ImportCommand.class, PruneCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Mixin
    LanguageOption lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        Language language;
        try {
            language = Language.chosen(LanguageOption.askedIn(args));
        } catch (ToldFailure e) {
            System.err.println("Referat: " + Language.unknown(e));
            return 2;
        }
        Catalogue words = Catalogue.of(language);
        CommandLine cli = new CommandLine(new Main());
        cli.setResourceBundle(words.bundle());
        // picocli's own words for a mistyped command line are English: they follow ours, as the parser's do.
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine wrong = e.getCommandLine();
            wrong.getErr().println("Referat: " + words.say("cli.bad-arguments", e.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, wrong.getErr())) wrong.usage(wrong.getErr());
            return wrong.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The version Maven built, as {@code init} writes it into a new site's pom.xml. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties own = new java.util.Properties();
            try (java.io.InputStream in = Main.class.getClassLoader().getResourceAsStream("referat/version.properties")) {
                own.load(in);
            }
            return new String[] {"Referat " + own.getProperty("version")};
        }
    }
}
