package dk.referat.maven;

import dk.referat.BuildResult;
import dk.referat.Referat;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Language;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code referat build}: the site folder into a website, with search, feeds and open data unless switched off. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public final class BuildMojo extends SiteMojo {
    /** Builds without the search index (which needs Node.js), whatever jbake.properties says. */
    @Parameter(property = "referat.noSearch", defaultValue = "false")
    boolean noSearch;

    /** The pages alone: no feeds, calendars, open data or search index. */
    @Parameter(property = "referat.pagesOnly", defaultValue = "false")
    boolean pagesOnly;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Referat: " + words().say("goal.skipped"));
            return;
        }
        SiteConfig config = config();
        if (noSearch) config = config.withSearch(false);
        if (pagesOnly) config = config.withPagesOnly(true);
        try {
            dk.referat.diagnostics.Catalogue words = words();
            BuildResult result = Referat.build(config, (done, total) -> { }, notice -> getLog().info("Referat: " + words.say(notice)));
            Language language = language();
            result.warnings().forEach(w -> getLog().warn(w.format(language)));
            getLog().info("Referat: " + words().say(result.summary()));
            getLog().info("Referat: " + words().say("build.open", result.destination().resolve("index.html").toUri().toString()));
        } catch (BuildFailedException e) {
            throw failure(e);
        }
    }
}
