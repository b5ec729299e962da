package dk.referat.cli;

import dk.referat.output.Manifest;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "prune", mixinStandardHelpOptions = true,
        description = "After a site was copied onto a server folder (mvn site-deploy to a file: address), remove from it every "
                + "file the site no longer has, by the site's referat-manifest.json.")
final class PruneCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TARGET",
            description = "Where the site was deployed: a folder, or a file: address. For scp:, sftp: and dav: addresses, what to do is printed.")
    String target;

    @Override
    public Integer call() {
        URI uri = target.matches("[a-z][a-z0-9+.-]*:.*") && !target.matches("[A-Za-z]:\\\\.*") ? URI.create(target) : null;
        if (uri != null && !"file".equals(uri.getScheme())) {
            System.out.println(Manifest.uploadedNotice(target));
            return 0;
        }
        Path folder = uri != null ? Path.of(uri) : Path.of(target);
        try {
            List<String> removed = Manifest.prune(folder.toAbsolutePath());
            System.out.println("Referat: " + removed.size() + (removed.size() == 1 ? " file" : " files")
                    + " the site no longer has removed from " + folder);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("Referat: " + e.getMessage());
            return 1;
        }
    }
}
