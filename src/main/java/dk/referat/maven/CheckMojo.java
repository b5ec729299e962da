package dk.referat.maven;

import dk.referat.Referat;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Problem;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code referat check}: every problem in the content at file:line:col, writing nothing; fails on an error. */
@Mojo(name = "check", threadSafe = true, requiresProject = false)
public final class CheckMojo extends SiteMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (skip) return;
        List<Problem> problems;
        try {
            problems = Referat.check(config());
        } catch (BuildFailedException e) {
            throw failure(e);
        }
        long errors = problems.stream().filter(Problem::isError).count();
        for (Problem p : problems) {
            if (p.isError()) getLog().error(p.format());
            else getLog().warn(p.format());
        }
        if (errors > 0) {
            throw new MojoFailureException("Referat: " + errors + (errors == 1 ? " error" : " errors") + "; the site would not build");
        }
        getLog().info("Referat: the content is fine" + (problems.isEmpty() ? "" : " (" + problems.size()
                + (problems.size() == 1 ? " warning)" : " warnings)")));
    }
}
