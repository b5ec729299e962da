package dk.referat.source;

import dk.referat.model.Change;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Each content file's changes, newest first, from the git history of the site folder, read with one
 * `git log` for the whole site rather than one per file. Outside a git repository, or without git,
 * there is no history and the build goes on.
 */
public final class GitHistory {
    private static final char RECORD = '\u001e';
    private static final char FIELD = '\u001f';

    private GitHistory() {
    }

    /** @return changes by file name relative to the site folder ("content/x/2020-02-12.md") */
    public static Map<String, List<Change>> read(Path siteRoot) {
        if (!hasGit()) return Map.of();
        try {
            // core.quotePath=false: git would otherwise quote "økonomiudvalget" as "\303\270konomiudvalget".
            Process git = new ProcessBuilder("git", "-c", "core.quotePath=false", "-C", siteRoot.toString(), "log",
                    "--no-renames", "--relative", "--name-only", "--date=short",
                    "--format=" + RECORD + "%cd" + FIELD + "%s", "--", ".")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(2, TimeUnit.MINUTES) || git.exitValue() != 0) return Map.of();
            Map<String, List<Change>> changes = new HashMap<>();
            for (String commit : out.split(String.valueOf(RECORD))) {
                if (commit.isBlank()) continue;
                String[] lines = commit.split("\n");
                String[] head = lines[0].split(String.valueOf(FIELD), 2);
                Change change;
                try {
                    change = new Change(LocalDate.parse(head[0].strip()), head.length > 1 ? head[1] : "");
                } catch (java.time.format.DateTimeParseException e) {
                    return Map.of();
                }
                for (int i = 1; i < lines.length; i++) {
                    if (!lines[i].isBlank()) changes.computeIfAbsent(lines[i].strip(), k -> new ArrayList<>()).add(change);
                }
            }
            changes.replaceAll((file, list) -> List.copyOf(list));
            return changes;
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private static boolean hasGit() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "git"))) return true;
        }
        return false;
    }
}
