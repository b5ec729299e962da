package dk.referat.cli;

import dk.referat.Referat;
import dk.referat.config.ConfigReader;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.ProblemFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check all content without writing a site. Exit code 0 when it would build, 1 when not.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = ".", paramLabel = "SITE", description = "The site folder. Default: the current folder.")
    Path site;

    @Option(names = "--format", defaultValue = "human", paramLabel = "FORMAT",
            description = "human (default), json, github (Actions annotations) or gitlab (code-quality report).")
    String format;

    @Override
    public Integer call() {
        ProblemFormat out;
        try {
            out = ProblemFormat.of(format);
        } catch (IllegalArgumentException e) {
            System.err.println("unknown format '" + format + "': use human, json, github or gitlab");
            return 2;
        }
        List<Problem> problems;
        try {
            problems = Referat.check(ConfigReader.read(site));
        } catch (BuildFailedException e) {
            problems = e.problems();
            if (problems.isEmpty()) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
        long errors = problems.stream().filter(Problem::isError).count();
        String report = out.write(problems);
        if (!report.isEmpty()) System.out.println(report);
        if (out == ProblemFormat.HUMAN) {
            System.out.println(errors == 0 ? "Referat: the content is fine (" + problems.size() + " warnings)"
                    : "Referat: " + errors + (errors == 1 ? " error" : " errors") + "; the site would not build");
        }
        return errors == 0 ? 0 : 1;
    }
}
