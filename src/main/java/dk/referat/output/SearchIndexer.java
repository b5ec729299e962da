package dk.referat.output;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.ToldFailure;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Builds the search index with Pagefind (from the npm registry, pinned in package-lock.json, which the
 * jar carries) over the
 * unfinished site, so a failed index leaves the previous site in place like any other failure.
 *
 * <p>Only the pages that go into the index are handed to Pagefind, by address, and it reads each from
 * the disk: Pagefind's own directory walk would read every page of the site at once. Items and
 * decisions are found as parts of their meeting page (Pagefind's sub-results, at the headings' ids),
 * not as records of their own: Pagefind compares each record it is given with every one before it,
 * which did not finish at 20,000 meetings (docs/performance.md).
 */
public final class SearchIndexer {
    /** What to do when Node.js, npm or Pagefind cannot be had. */
    public static final Message HOW_TO_FIX = Message.of("search.install-node");
    /** The package.json and package-lock.json that pin Pagefind, inside the jar. */
    private static final String PINNED = "referat/search/";
    private static final String SCRIPT = "referat/search/index.mjs";
    private static final String PROGRESS = "pagefind: progress: ";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private SearchIndexer() {
    }

    /**
     * @param siteRoot the site folder, whose own node_modules may hold Pagefind
     * @param site     the finished pages
     * @param pages    the addresses of the pages to index, site-absolute
     * @param timeout  how long indexing may take
     * @param notices  told when Pagefind is being installed, which takes a while the first time
     * @return Pagefind's summary: what was indexed, and its peak memory
     * @throws ToldFailure when Node.js or Pagefind is missing, or indexing fails or takes too long; the
     *                     message says how far it got and how to fix it
     */
    public static String index(Path siteRoot, Path site, List<String> pages, Duration timeout, Consumer<Message> notices) {
        Path node = onPath("node").orElseThrow(() -> new ToldFailure(Message.of("search.node.missing", HOW_TO_FIX)));
        Path modules = modules(siteRoot, notices);
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
            // The progress lines are index.mjs's own ("all 8 pages read, writing the index"), in English.
            Message reached = Message.of("search.reached", pages.size(), output.lines().filter(l -> l.startsWith(PROGRESS))
                    .reduce((a, b) -> b).map(l -> Message.of("search.reached.after", Message.verbatim(l.substring(PROGRESS.length()))))
                    .orElse(Message.of("search.reached.before")));
            if (!finished) throw new ToldFailure(Message.of("search.timeout", duration(timeout), reached));
            if (process.exitValue() != 0) {
                throw new ToldFailure(Message.of("search.failed", reached, Message.verbatim(lastLines(output))));
            }
            return output.lines().filter(l -> l.startsWith("pagefind: ") && !l.startsWith(PROGRESS)).reduce((a, b) -> b).orElse("");
        } catch (IOException e) {
            throw new ToldFailure(Message.of("search.not-started", Message.verbatim(String.valueOf(e.getMessage())), HOW_TO_FIX), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToldFailure(Message.of("search.interrupted"), e);
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

    private static Message duration(Duration d) {
        return d.toSeconds() % 60 == 0 ? Message.of("search.minutes", d.toMinutes(), String.valueOf(d.toMinutes()))
                : Message.of("search.seconds", d.toSeconds());
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
     * Where Pagefind is, in this order: the folder REFERAT_PAGEFIND names (one holding
     * node_modules/pagefind); the site's own node_modules, when it installed one; else the version
     * this Referat pins, installed once into Referat's cache folder, so a site needs no Node project.
     */
    private static Path modules(Path siteRoot, Consumer<Message> notices) {
        String configured = System.getenv("REFERAT_PAGEFIND");
        if (configured != null && !configured.isBlank()) {
            Path folder = Path.of(configured.strip());
            if (hasPagefind(folder)) return folder.resolve("node_modules");
            throw new ToldFailure(Message.of("search.pagefind-env", String.valueOf(folder)));
        }
        if (hasPagefind(siteRoot)) return siteRoot.resolve("node_modules");
        return cached(notices);
    }

    private static boolean hasPagefind(Path folder) {
        return Files.isRegularFile(folder.resolve("node_modules/pagefind/lib/index.js"));
    }

    /**
     * The pinned Pagefind in the cache (REFERAT_CACHE, else $XDG_CACHE_HOME/referat, else
     * ~/.cache/referat), installed there from the jar's package-lock.json the first time. It is
     * installed into a folder of its own and moved into place whole, so two builds at once, or one
     * stopped halfway, never leave a half-installed Pagefind to the next.
     */
    private static Path cached(Consumer<Message> notices) {
        String version = pinnedVersion();
        Path folder = cacheRoot().resolve("pagefind-" + version);
        if (hasPagefind(folder)) return folder.resolve("node_modules");
        Path staging = null;
        try {
            Files.createDirectories(folder.getParent());
            staging = Files.createTempDirectory(folder.getParent(), "pagefind-" + version + ".installing-");
            for (String file : List.of("package.json", "package-lock.json")) {
                try (InputStream in = SearchIndexer.class.getClassLoader().getResourceAsStream(PINNED + file)) {
                    Files.copy(in, staging.resolve(file));
                }
            }
            install(staging, notices);
            try {
                Files.move(staging, folder, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                notices.accept(Message.of("search.installed", version, String.valueOf(folder)));
            } catch (IOException e) {
                // Linux reports a folder already there as "Directory not empty": another build installed it meanwhile.
                if (!hasPagefind(folder)) {
                    throw new ToldFailure(Message.of("search.cache.empty", String.valueOf(folder)), e);
                }
            }
            return folder.resolve("node_modules");
        } catch (IOException e) {
            throw new ToldFailure(Message.of("search.install.failed", String.valueOf(folder),
                    Message.verbatim(String.valueOf(e.getMessage())), HOW_TO_FIX), e);
        } finally {
            if (staging != null && Files.exists(staging)) deleteTree(staging);
        }
    }

    private static Path cacheRoot() {
        String own = System.getenv("REFERAT_CACHE");
        if (own != null && !own.isBlank()) return Path.of(own.strip());
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg.strip(), "referat");
        return Path.of(System.getProperty("user.home"), ".cache", "referat");
    }

    /** The Pagefind version the jar's package-lock.json pins. */
    static String pinnedVersion() {
        try (InputStream in = SearchIndexer.class.getClassLoader().getResourceAsStream(PINNED + "package-lock.json")) {
            if (in == null) throw new IllegalStateException("this Referat has no pinned Pagefind (referat/search/package-lock.json is missing)");
            return JSON.readTree(in).at("/packages/node_modules~1pagefind/version").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover staging folder is harmless: it is never taken for an installed Pagefind.
        }
    }

    private static void install(Path siteRoot, Consumer<Message> notices) {
        Path npm = onPath("npm").orElseThrow(() -> new ToldFailure(Message.of("search.npm.missing", HOW_TO_FIX)));
        notices.accept(Message.of("search.npm.installing"));
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
                throw new ToldFailure(Message.of(finished ? "search.npm.failed" : "search.npm.timeout", Message.verbatim(output)));
            }
        } catch (IOException e) {
            throw new ToldFailure(Message.of("search.npm.not-started", Message.verbatim(String.valueOf(e.getMessage())), HOW_TO_FIX), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToldFailure(Message.of("search.npm.interrupted"), e);
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
