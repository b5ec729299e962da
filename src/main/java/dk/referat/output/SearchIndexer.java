package dk.referat.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referat.render.SearchRecord;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Builds the search index with Pagefind (from the npm registry, pinned in package-lock.json) over the
 * unfinished site, so a failed index leaves the previous site in place like any other failure.
 */
public final class SearchIndexer {
    public static final String HOW_TO_FIX = "install Node.js (on Debian: apt-get install -y nodejs npm) and run npm install"
            + " in the site folder, or switch search off with referat.search=off in jbake.properties (or --no-search)";
    private static final String SCRIPT = "referat/search/index.mjs";

    private SearchIndexer() {
    }

    /**
     * @param siteRoot the site folder, whose node_modules holds Pagefind (installed from its package-lock.json if missing)
     * @return Pagefind's one-line summary
     * @throws IllegalStateException when Node.js or Pagefind is missing, or indexing fails; the message says how to fix it
     */
    public static String index(Path siteRoot, Path site, List<SearchRecord> records) {
        Path node = onPath("node").orElseThrow(() -> new IllegalStateException("search needs Node.js, which is not installed: "
                + HOW_TO_FIX));
        Path modules = modules(siteRoot);
        Path work = null;
        try {
            work = Files.createTempDirectory("referat-search-");
            Path script = work.resolve("index.mjs");
            try (InputStream in = SearchIndexer.class.getClassLoader().getResourceAsStream(SCRIPT)) {
                Files.copy(in, script);
            }
            Path recordsFile = work.resolve("records.json");
            new ObjectMapper().writeValue(recordsFile.toFile(), records);
            return run(siteRoot, List.of(node.toString(), script.toString(), modules.toString(), site.toString(),
                    recordsFile.toString()), "pagefind");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the search index", e);
        } finally {
            if (work != null) {
                try {
                    SiteWriter.deleteTree(work);
                } catch (IOException ignored) {
                    // A temporary folder left behind is harmless; the build's result is not.
                }
            }
        }
    }

    /**
     * Pagefind from the site folder's node_modules, else from the working folder's (a site kept inside
     * a checkout of Referat); installed with npm from the first of them that pins it.
     */
    private static Path modules(Path siteRoot) {
        List<Path> candidates = List.of(siteRoot, Path.of("").toAbsolutePath());
        for (Path folder : candidates) {
            if (Files.isRegularFile(folder.resolve("node_modules/pagefind/lib/index.js"))) return folder.resolve("node_modules");
        }
        for (Path folder : candidates) {
            if (pinsPagefind(folder.resolve("package-lock.json"))) {
                install(folder);
                return folder.resolve("node_modules");
            }
        }
        throw new IllegalStateException("search needs Pagefind, which is not installed in " + siteRoot
                + " (no node_modules/pagefind and no package-lock.json to install it from): " + HOW_TO_FIX);
    }

    private static boolean pinsPagefind(Path lock) {
        try {
            return Files.isRegularFile(lock) && Files.readString(lock).contains("\"node_modules/pagefind\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static void install(Path siteRoot) {
        Path npm = onPath("npm").orElseThrow(() -> new IllegalStateException("search needs npm to install Pagefind: "
                + HOW_TO_FIX));
        System.err.println("Referat: installing Pagefind for the search index (npm install)");
        // Not `npm ci`: it insists on every platform's optional binary being in the lock file, and a
        // registry mirror may serve only this platform's. `npm install` keeps to the locked versions.
        run(siteRoot, List.of(npm.toString(), "install", "--ignore-scripts", "--no-audit", "--no-fund"), "npm install");
    }

    private static String run(Path directory, List<String> command, String what) {
        Path log = null;
        try {
            // Output goes to a file, not a pipe: a pipe nobody reads can block the process, and the
            // time limit could then never be applied.
            log = Files.createTempFile("referat-", ".log");
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            boolean finished = process.waitFor(10, TimeUnit.MINUTES);
            if (!finished) process.destroyForcibly();
            String output = Files.readString(log, StandardCharsets.UTF_8).strip();
            if (!finished || process.exitValue() != 0) {
                throw new IllegalStateException(what + (finished ? " failed: " : " took more than 10 minutes: ") + output);
            }
            return output.lines().reduce((a, b) -> b).orElse("");
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not be started: " + e.getMessage() + "; " + HOW_TO_FIX, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted", e);
        } finally {
            if (log != null) log.toFile().delete();
        }
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
