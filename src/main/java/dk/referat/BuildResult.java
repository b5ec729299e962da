package dk.referat;

import dk.referat.diagnostics.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a successful build did.
 *
 * @param pages    HTML pages written
 * @param rendered pages rendered; in {@code serve}'s rebuilds, the pages an edit could change, the rest left as they were
 * @param files    all files written (pages, assets, attachments, sitemap)
 * @param warnings problems that did not stop the build
 */
public record BuildResult(Path destination, int pages, int rendered, int files, List<Problem> warnings, Duration duration) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }

    /** The one line an operator reads at the end of a build. */
    /** "9.979 sider (10.312 filer) skrevet til …": what the build did, to be said in the reader's language. */
    public dk.referat.diagnostics.Message summary() {
        return dk.referat.diagnostics.Message.of("build.done", pages, files, destination.toString(),
                duration.toMillis() / 1000.0, warnings.size());
    }
}
