package dk.referat.maven;

import dk.referat.Referat;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Language;
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
            throw new MojoFailureException(words().say("check.format.unknown", format));
        }
        List<Problem> problems;
        try {
            problems = Referat.check(config());
        } catch (BuildFailedException e) {
            throw failure(e);
        }
        long errors = problems.stream().filter(Problem::isError).count();
        Language language = language();
        if (out != ProblemFormat.HUMAN) {
            // Annotations are read from the start of a line of the job's output, so not through Maven's log.
            String report = out.write(problems, language);
            if (!report.isEmpty()) System.out.println(report);
        } else {
            for (Problem p : problems) {
                if (p.isError()) getLog().error(p.format(language));
                else getLog().warn(p.format(language));
            }
        }
        if (errors > 0) {
            throw new MojoFailureException("Referat: " + words().say("check.failed", errors));
        }
        getLog().info("Referat: " + words().say("check.fine", problems.size()));
    }
}
