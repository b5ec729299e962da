package dk.referat;

import dk.referat.assemble.ModelBuilder;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.BuildStep;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.Problems;
import dk.referat.resolve.Resolver;
import dk.referat.resolve.SiteIndex;
import dk.referat.source.SiteSources;
import dk.referat.source.SourceScanner;
import java.util.List;
import java.util.Objects;

/**
 * The steps before rendering, as {@code build} and {@code serve} both run them: the site's files
 * found ({@link #scan}), then read into the model and resolved into the index ({@link #read}), each
 * step stopping on content errors. {@code serve} keeps what this gives to read edited files again.
 *
 * @param parsed          the reader and each file's result, besides the site they make
 * @param siteProblems    what the scan, the committees and the list of removals gave, and the configuration's warnings
 * @param resolveProblems what resolving the site gave
 */
public record SiteRead(SiteSources sources, ModelBuilder.Parsed parsed, List<Problem> siteProblems,
                       List<Problem> resolveProblems, SiteIndex index) {

    /** The source step: the site's files, told apart. */
    public static SiteSources scan(SiteConfig config, Problems problems) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(problems, "problems");
        return BuildSteps.content(BuildStep.SOURCE, problems, () -> SourceScanner.scan(config, problems));
    }

    /**
     * The parse and resolve steps over what {@link #scan} found. Git's reader is closed after; reading
     * an edited file again opens it anew.
     *
     * @param problems receives every problem, warnings too, as a build reports them
     */
    public static SiteRead read(SiteConfig config, SiteSources sources, Problems problems) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(problems, "problems");
        try {
            ModelBuilder.Parsed parsed = BuildSteps.run(BuildStep.PARSE, Message.NONE,
                    () -> Referat.modelBuilder(config).read(sources, problems));
            List<Problem> siteProblems = problems.sorted();
            parsed.files().forEach(file -> file.problems().forEach(problems::add));
            if (problems.hasErrors()) throw new BuildFailedException(BuildStep.PARSE, problems.sorted());
            Problems resolved = new Problems();
            SiteIndex index = BuildSteps.run(BuildStep.RESOLVE, Message.NONE,
                    () -> Resolver.resolve(parsed.site(), config.language(), resolved));
            problems.addAll(resolved);
            if (problems.hasErrors()) throw new BuildFailedException(BuildStep.RESOLVE, problems.sorted());
            // Once the content is fine: what the configuration leaves unsaid.
            List<Problem> configurationWarnings = BuildSteps.configurationWarnings(config);
            configurationWarnings.forEach(problems::add);
            return new SiteRead(sources, parsed,
                    java.util.stream.Stream.concat(siteProblems.stream(), configurationWarnings.stream()).toList(),
                    resolved.sorted(), index);
        } finally {
            sources.history().close();
        }
    }
}
