package dk.referat.cli;

import dk.referat.Referat;
import dk.referat.config.ConfigReader;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.ProblemFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @Mixin
    LanguageOption lang;

    @Parameters(index = "0", defaultValue = ".", paramLabel = "SITE", descriptionKey = "site")
    Path site;

    @Option(names = "--format", defaultValue = "human", paramLabel = "FORMAT")
    String format;

    @Override
    public Integer call() {
        Language language = lang.language();
        Catalogue words = Catalogue.of(language);
        ProblemFormat out;
        try {
            out = ProblemFormat.of(format);
        } catch (IllegalArgumentException e) {
            System.err.println(words.say("check.format.unknown", format));
            return 2;
        }
        List<Problem> problems;
        try {
            problems = Referat.check(ConfigReader.read(site));
        } catch (BuildFailedException e) {
            problems = e.problems();
            if (problems.isEmpty()) {
                System.err.println(e.summary(language));
                return 1;
            }
        }
        long errors = problems.stream().filter(Problem::isError).count();
        String report = out.write(problems, language);
        if (!report.isEmpty()) System.out.println(report);
        if (out == ProblemFormat.HUMAN) {
            System.out.println("Referat: " + (errors == 0 ? words.say("check.fine", problems.size())
                    : words.say("check.failed", errors)));
        }
        return errors == 0 ? 0 : 1;
    }
}
