package dk.referat.maven;

import dk.referat.serve.PreviewServer;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code referat serve}: the preview on http://localhost:PORT/, rebuilt and reloaded on every save, until Ctrl+C. */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public final class ServeMojo extends SiteMojo {
    @Parameter(property = "referat.port", defaultValue = "8000")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try (PreviewServer server = new PreviewServer(config(), port, language(), line -> getLog().info(line))) {
            getLog().info("Referat: " + words().say("serve.started", server.url()));
            Thread.currentThread().join();
        } catch (IOException e) {
            throw new MojoExecutionException(words().say("serve.no-port", String.valueOf(port), String.valueOf(e.getMessage())), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
