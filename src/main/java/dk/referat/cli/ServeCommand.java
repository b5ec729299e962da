package dk.referat.cli;

import dk.referat.config.ConfigReader;
import dk.referat.diagnostics.BuildFailedException;
import dk.referat.serve.PreviewServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on localhost; rebuild and reload the page whenever a file changes. Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = ".", paramLabel = "SITE", description = "The site folder. Default: the current folder.")
    Path site;

    @Option(names = {"-p", "--port"}, defaultValue = "8000", description = "The port to serve on. Default: 8000.")
    int port;

    @Override
    public Integer call() throws Exception {
        try (PreviewServer server = new PreviewServer(ConfigReader.read(site), port, System.out::println)) {
            System.out.println("Referat: previewing at " + server.url() + " (Ctrl-C stops)");
            new CountDownLatch(1).await();
            return 0;
        } catch (BuildFailedException e) {
            System.err.println(e.report());
            return 1;
        }
    }
}
