package dk.referat.maven;

import dk.referat.config.ConfigReader;
import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.ToldFailure;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal reads: the site folder and its jbake.properties, and where the site goes. */
abstract class SiteMojo extends AbstractMojo {
    /** The site folder: the one holding content/, data/ and jbake.properties. */
    @Parameter(property = "referat.site", defaultValue = "${basedir}")
    File siteDirectory;

    /** Where the website is written; by default destination.folder in jbake.properties (target/site). */
    @Parameter(property = "referat.output")
    File outputDirectory;

    /** The language of what the goal says: da (the default) or en; else the environment's REFERAT_LANG. */
    @Parameter(property = "referat.lang")
    String lang;

    /** Skips the goal. */
    @Parameter(property = "referat.skip", defaultValue = "false")
    boolean skip;

    Language language() throws MojoFailureException {
        try {
            return Language.chosen(lang);
        } catch (ToldFailure e) {
            throw new MojoFailureException("Referat: " + Language.unknown(e), e);
        }
    }

    Catalogue words() throws MojoFailureException {
        return Catalogue.of(language());
    }

    SiteConfig config() throws MojoFailureException {
        try {
            SiteConfig config = ConfigReader.read(siteDirectory.toPath());
            return outputDirectory == null ? config : config.withDestination(outputDirectory.toPath().toAbsolutePath());
        } catch (BuildFailedException e) {
            throw failure(e);
        }
    }

    /** The report as the command line prints it, file:line:col first: what Maven shows is what a clerk reads. */
    MojoFailureException failure(BuildFailedException e) throws MojoFailureException {
        Language language = language();
        getLog().error(e.report(language));
        return new MojoFailureException(e.summary(language), e);
    }
}
