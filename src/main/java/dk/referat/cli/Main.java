package dk.referat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code referat} command. Argument parsing only: every subcommand hands off to the front door. */
@Command(name = "referat", mixinStandardHelpOptions = true, version = "Referat 0.1.0",
        description = "Builds a website of meeting agendas and minutes from Markdown.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, ImportCommand.class, PruneCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
