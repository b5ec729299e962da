package dk.referat.cli;

import dk.referat.BuildResult;
import dk.referat.Referat;
import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site folder into a website. Nothing is written if the content has errors.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = ".", paramLabel = "SITE",
            description = "The site folder (holding content/ and jbake.properties). Default: the current folder.")
    Path site;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Where to write the website. Default: destination.folder in jbake.properties, or target/site.")
    Path output;

    @Option(names = "--no-search", description = "Build without the search index (which needs Node.js).")
    boolean noSearch;

    @Option(names = "--pages-only", description = "Write the pages, assets and attachment files alone: no feeds, "
            + "calendars, open data or search index. For a quick look and for benchmarks.")
    boolean pagesOnly;

    @Option(names = "--stacktrace", description = "On an unexpected failure, print the Java stack trace too.")
    boolean stacktrace;

    @Override
    public Integer call() {
        ProgressLine progress = new ProgressLine();
        try {
            SiteConfig config = ConfigReader.read(site);
            if (output != null) config = config.withDestination(output.toAbsolutePath());
            if (noSearch) config = config.withSearch(false);
            if (pagesOnly) config = config.withPagesOnly(true);
            BuildResult result = Referat.build(config, progress::show);
            progress.end();
            result.warnings().forEach(w -> System.err.println(w.format()));
            System.out.println("Referat: " + result.summary());
            System.out.println("Referat: open " + result.destination().resolve("index.html").toUri());
            return 0;
        } catch (BuildFailedException e) {
            progress.end();
            System.err.println(e.report());
            if (stacktrace && e.getCause() != null) e.getCause().printStackTrace(System.err);
            return 1;
        } catch (OutOfMemoryError e) {
            // Every step reports this itself, with what it was doing; this is for the moments between steps.
            progress.end();
            System.err.println(BuildFailedException.outOfMemory(dk.referat.diagnostics.BuildStep.WRITE, "the end of the build", e)
                    .reached("the site not finished").report());
            return 1;
        }
    }

    /** On a large site, a line that counts up while the pages are written; on a small one, nothing. */
    private static final class ProgressLine {
        private boolean open;

        void show(int done, int total) {
            if (total < 1000) return;
            System.err.print("\rReferat: " + done + " of " + total + " pages written");
            open = true;
        }

        /** Whatever comes next starts on a line of its own. */
        void end() {
            if (open) System.err.println();
            open = false;
        }
    }
}
