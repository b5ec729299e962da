package dk.referat.maven;

import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.ToldFailure;
import dk.referat.output.Manifest;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * After {@code mvn site-deploy} to a file: address, removes what the site no longer has (by its
 * referat-manifest.json): site-deploy copies files and removes none.
 */
@Mojo(name = "prune", defaultPhase = LifecyclePhase.SITE_DEPLOY, threadSafe = true, requiresProject = false)
public final class PruneMojo extends AbstractMojo {
    /** Where the site was deployed: the project's site distribution address. */
    @Parameter(property = "referat.deploy.url", defaultValue = "${project.distributionManagement.site.url}")
    String deployUrl;

    /** The language of what the goal says: da (the default) or en; else the environment's REFERAT_LANG. */
    @Parameter(property = "referat.lang")
    String lang;

    @Override
    public void execute() throws MojoFailureException {
        if (deployUrl == null || deployUrl.isBlank()) return;
        Catalogue words;
        try {
            words = Catalogue.of(Language.chosen(lang));
        } catch (ToldFailure e) {
            throw new MojoFailureException("Referat: " + Language.unknown(e), e);
        }
        Path folder;
        try {
            URI uri = URI.create(deployUrl);
            if (!"file".equals(uri.getScheme())) {
                getLog().warn("Referat: " + words.say(Manifest.uploadedNotice(deployUrl)));
                return;
            }
            folder = Path.of(uri).toAbsolutePath();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // Java's own words for an address that is no folder (file://host/x) follow ours.
            throw new MojoFailureException("Referat: " + words.say("prune.bad-address", deployUrl, String.valueOf(e.getMessage())), e);
        }
        try {
            List<String> removed = Manifest.prune(folder);
            getLog().info("Referat: " + words.say("prune.done", removed.size(), deployUrl));
        } catch (ToldFailure e) {
            throw new MojoFailureException("Referat: " + words.say(e.told()), e);
        }
    }
}
