package dk.referat.maven;

import dk.referat.Referat;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.ProblemFormat;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code referat check}: every problem in the content at file:line:col, writing nothing; fails on an error. */
@Mojo(name = "check", threadSafe = true, requiresProject = false)
public final class CheckMojo extends SiteMojo {
    /** human (Maven's log), json, github (Actions annotations on the lines of a pull request) or gitlab (code-quality report). */
    @Parameter(property = "referat.format", defaultValue = "human")
    String format;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) return;
        ProblemFormat out;
        try {
            out = ProblemFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("unknown format '" + format + "': use human, json, github or gitlab");
        }
        List<Problem> problems;
        try {
            problems = Referat.check(config());
        } catch (BuildFailedException e) {
            throw failure(e);
        }
        long errors = problems.stream().filter(Problem::isError).count();
        if (out != ProblemFormat.HUMAN) {
            // Annotations are read from the start of a line of the job's output, so not through Maven's log.
            String report = out.write(problems);
            if (!report.isEmpty()) System.out.println(report);
        } else {
            for (Problem p : problems) {
                if (p.isError()) getLog().error(p.format());
                else getLog().warn(p.format());
            }
        }
        if (errors > 0) {
            throw new MojoFailureException("Referat: " + errors + (errors == 1 ? " error" : " errors") + "; the site would not build");
        }
        getLog().info("Referat: the content is fine" + (problems.isEmpty() ? "" : " (" + problems.size()
                + (problems.size() == 1 ? " warning)" : " warnings)")));
    }
}
