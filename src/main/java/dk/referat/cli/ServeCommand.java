package dk.referat.cli;

import dk.referat.config.ConfigReader;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.Catalogue;
import dk.referat.diagnostics.Language;
import dk.referat.serve.PreviewServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @Mixin
    LanguageOption lang;

    @Parameters(index = "0", defaultValue = ".", paramLabel = "SITE", descriptionKey = "site")
    Path site;

    @Option(names = {"-p", "--port"}, defaultValue = "8000")
    int port;

    @Override
    public Integer call() throws Exception {
        Language language = lang.language();
        try (PreviewServer server = new PreviewServer(ConfigReader.read(site), port, language, System.out::println)) {
            System.out.println("Referat: " + Catalogue.of(language).say("serve.started", server.url()));
            new CountDownLatch(1).await();
            return 0;
        } catch (BuildFailedException e) {
            System.err.println(e.report(language));
            return 1;
        } catch (java.io.IOException e) {
            System.err.println("Referat: " + Catalogue.of(language).say("serve.no-port", String.valueOf(port), String.valueOf(e.getMessage())));
            return 1;
        }
    }
}
