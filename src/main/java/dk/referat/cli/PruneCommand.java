package dk.referat.cli;

import dk.referat.diagnostics.ToldFailure;
import dk.referat.output.Manifest;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "prune", mixinStandardHelpOptions = true)
final class PruneCommand implements Callable<Integer> {
    @Mixin
    LanguageOption lang;

    @Parameters(index = "0", paramLabel = "TARGET", descriptionKey = "target")
    String target;

    @Override
    public Integer call() {
        URI uri;
        try {
            uri = target.matches("[a-z][a-z0-9+.-]*:.*") && !target.matches("[A-Za-z]:\\\\.*") ? URI.create(target) : null;
            if (uri != null && "file".equals(uri.getScheme())) Path.of(uri);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            System.err.println("Referat: " + lang.words().say("prune.bad-address", target, String.valueOf(e.getMessage())));
            return 2;
        }
        if (uri != null && !"file".equals(uri.getScheme())) {
            System.out.println("Referat: " + lang.words().say(Manifest.uploadedNotice(target)));
            return 0;
        }
        Path folder = uri != null ? Path.of(uri) : Path.of(target);
        try {
            List<String> removed = Manifest.prune(folder.toAbsolutePath());
            System.out.println("Referat: " + lang.words().say("prune.done", removed.size(), folder.toString()));
            return 0;
        } catch (ToldFailure e) {
            System.err.println("Referat: " + lang.words().say(e.told()));
            return 1;
        }
    }
}
