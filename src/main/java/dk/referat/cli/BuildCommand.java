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
        try {
            SiteConfig config = ConfigReader.read(site);
            if (output != null) config = config.withDestination(output.toAbsolutePath());
            if (noSearch) config = config.withSearch(false);
            if (pagesOnly) config = config.withPagesOnly(true);
            // On a large site, a line that counts up while the pages are written; on a small one, nothing.
            BuildResult result = Referat.build(config, (done, total) -> {
                if (total >= 1000) System.err.print("\rReferat: " + done + " of " + total + " pages written");
                if (total >= 1000 && done + 250 > total) System.err.println();
            });
            result.warnings().forEach(w -> System.err.println(w.format()));
            System.out.println("Referat: " + result.summary());
            System.out.println("Referat: open " + result.destination().resolve("index.html").toUri());
            return 0;
        } catch (BuildFailedException e) {
            System.err.println(e.report());
            if (stacktrace && e.getCause() != null) e.getCause().printStackTrace(System.err);
            return 1;
        }
    }
}
