package dk.referat.cli;

import dk.referat.BuildResult;
import dk.referat.Referat;
import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.BuildStep;
import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.Message;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @Mixin
    LanguageOption lang;

    @Parameters(index = "0", defaultValue = ".", paramLabel = "SITE", descriptionKey = "site")
    Path site;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR")
    Path output;

    @Option(names = "--no-search")
    boolean noSearch;

    @Option(names = "--pages-only")
    boolean pagesOnly;

    @Option(names = "--stacktrace")
    boolean stacktrace;

    @Override
    public Integer call() {
        Language language = lang.language();
        Catalogue words = Catalogue.of(language);
        ProgressLine progress = new ProgressLine(words);
        try {
            SiteConfig config = ConfigReader.read(site);
            if (output != null) config = config.withDestination(output.toAbsolutePath());
            if (noSearch) config = config.withSearch(false);
            if (pagesOnly) config = config.withPagesOnly(true);
            BuildResult result = Referat.build(config, progress::show, notice -> {
                progress.end();
                System.err.println("Referat: " + words.say(notice));
            });
            progress.end();
            result.warnings().forEach(w -> System.err.println(w.format(language)));
            System.out.println("Referat: " + words.say(result.summary()));
            System.out.println("Referat: " + words.say("build.open", result.destination().resolve("index.html").toUri().toString()));
            return 0;
        } catch (BuildFailedException e) {
            progress.end();
            System.err.println(e.report(language));
            if (stacktrace && e.getCause() != null) e.getCause().printStackTrace(System.err);
            return 1;
        } catch (OutOfMemoryError e) {
            // Every step reports this itself, with what it was doing; this is for the moments between steps.
            progress.end();
            System.err.println(BuildFailedException.outOfMemory(BuildStep.WRITE, Message.of("work.end"), e)
                    .reached(Message.of("reach.unfinished")).report(language));
            return 1;
        }
    }

    /** On a large site, a line that counts up while the pages are written; on a small one, nothing. */
    private static final class ProgressLine {
        private final Catalogue words;
        private boolean open;

        ProgressLine(Catalogue words) {
            this.words = words;
        }

        void show(int done, int total) {
            if (total < 1000) return;
            System.err.print("\rReferat: " + words.say("build.progress", done, total));
            open = true;
        }

        /** Whatever comes next starts on a line of its own. */
        void end() {
            if (open) System.err.println();
            open = false;
        }
    }
}
