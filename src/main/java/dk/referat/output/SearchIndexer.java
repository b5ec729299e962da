package dk.referat.output;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Builds the search index with Pagefind (from the npm registry, pinned in package-lock.json) over the
 * unfinished site, so a failed index leaves the previous site in place like any other failure.
 *
 * <p>Only the pages that go into the index are handed to Pagefind, by address, and it reads each from
 * the disk: Pagefind's own directory walk would read every page of the site at once. Items and
 * decisions are found as parts of their meeting page (Pagefind's sub-results, at the headings' ids),
 * not as records of their own: Pagefind compares each record it is given with every one before it,
 * which did not finish at 20,000 meetings (docs/performance.md).
 */
public final class SearchIndexer {
    public static final String HOW_TO_FIX = "install Node.js (on Debian: apt-get install -y nodejs npm) and run npm install"
            + " in the site folder, or switch search off with referat.search=off in jbake.properties (or --no-search)";
    private static final String SCRIPT = "referat/search/index.mjs";
    private static final String PROGRESS = "pagefind: progress: ";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private SearchIndexer() {
    }

    /**
     * @param siteRoot the site folder, whose node_modules holds Pagefind (installed from its package-lock.json if missing)
     * @param site     the finished pages
     * @param pages    the addresses of the pages to index, site-absolute
     * @param timeout  how long indexing may take
     * @return Pagefind's summary: what was indexed, and its peak memory
     * @throws IllegalStateException when Node.js or Pagefind is missing, or indexing fails or takes too long; the
     *                               message says how far it got and how to fix it
     */
    public static String index(Path siteRoot, Path site, List<String> pages, Duration timeout) {
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
            Path log = work.resolve("pagefind.log");
            Process process = new ProcessBuilder(node.toString(), script.toString(), modules.toString(), site.toString())
                    .directory(siteRoot.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // Written from a thread of its own: while Pagefind is slow to read, the time limit must still hold.
            Thread feeder = new Thread(() -> hand(process, site, pages), "referat-search-pages");
            feeder.setDaemon(true);
            feeder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) stop(process);
            String output = Files.readString(log, StandardCharsets.UTF_8).strip();
            String reached = "with " + pages.size() + " pages to index, " + output.lines().filter(l -> l.startsWith(PROGRESS))
                    .reduce((a, b) -> b).map(l -> "after " + l.substring(PROGRESS.length())).orElse("before it had read them");
            if (!finished) {
                throw new IllegalStateException("Pagefind took more than " + duration(timeout) + " and was stopped " + reached
                        + "; fix: allow it longer with referat.search.timeout (minutes) in jbake.properties, or build "
                        + "without search (referat.search=off or --no-search)");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Pagefind failed " + reached + ": " + lastLines(output)
                        + "; fix: if it ran out of memory, give the machine more (Pagefind is a program of its own, outside"
                        + " Java's heap, and needs about 0.5 MB for each page it indexes), or build without search"
                        + " (referat.search=off or --no-search)");
            }
            return output.lines().filter(l -> l.startsWith("pagefind: ") && !l.startsWith(PROGRESS)).reduce((a, b) -> b).orElse("");
        } catch (IOException e) {
            throw new IllegalStateException("Pagefind could not be started: " + e.getMessage() + "; " + HOW_TO_FIX, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the search index was interrupted", e);
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

    private static String duration(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes")
                : d.toSeconds() + " seconds";
    }

    /** One JSON line per page: its address and its file. */
    private static void hand(Process process, Path site, List<String> pages) {
        try (java.io.Writer in = new java.io.BufferedWriter(new java.io.OutputStreamWriter(process.getOutputStream(),
                StandardCharsets.UTF_8))) {
            for (String page : pages) {
                in.write(JSON.writeValueAsString(java.util.Map.of("url", page,
                        "file", SiteWriter.fileIn(site, page).toString())));
                in.write('\n');
            }
        } catch (IOException e) {
            // Pagefind stopped reading: it failed or was stopped, and its exit says which.
        }
    }

    /** Pagefind and the program it started: the Node API runs Pagefind's own binary as a child of Node.js. */
    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        for (ProcessHandle handle : java.util.stream.Stream.concat(children.stream(), java.util.stream.Stream.of(process.toHandle())).toList()) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // Killed is killed; the build reports the time limit either way.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String lastLines(String output) {
        List<String> lines = output.lines().filter(l -> !l.startsWith(PROGRESS)).toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
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
        Path log = null;
        try {
            log = Files.createTempFile("referat-npm-", ".log");
            Process process = new ProcessBuilder(npm.toString(), "install", "--ignore-scripts", "--no-audit", "--no-fund")
                    .directory(siteRoot.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            boolean finished = process.waitFor(10, TimeUnit.MINUTES);
            if (!finished) stop(process);
            String output = Files.readString(log, StandardCharsets.UTF_8).strip();
            if (!finished || process.exitValue() != 0) {
                throw new IllegalStateException("npm install " + (finished ? "failed: " : "took more than 10 minutes: ") + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("npm install could not be started: " + e.getMessage() + "; " + HOW_TO_FIX, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("npm install was interrupted", e);
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
