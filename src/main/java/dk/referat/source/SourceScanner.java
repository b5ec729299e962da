package dk.referat.source;

import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import dk.referat.diagnostics.ToldFailure;
import dk.referat.guard.CprGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Walks the site folder and tells records and pages, attachment files and committee data apart. */
public final class SourceScanner {
    public static final String COMMITTEES_FILE = "committees.yaml";
    /** Why pages were taken down, for the notices in their place. */
    public static final String REMOVED_FILE = "removed.yaml";
    public static final String ATTACHMENT_FOLDER = "bilag";

    private SourceScanner() {
    }

    public static SiteSources scan(SiteConfig config, Problems problems) {
        List<SourceFile> documents = new ArrayList<>();
        List<SourceFile> attachments = new ArrayList<>();
        Path content = config.content();
        if (!Files.isDirectory(content)) {
            problems.error(SourcePosition.wholeFile(config.displayName(content)), Message.of("source.content.missing"));
            return new SiteSources(Optional.empty(), Optional.empty(), documents, List.of(), attachments, GitHistory.NONE);
        }
        for (Path file : listFiles(content)) {
            Path relative = content.relativize(file);
            String contentPath = relative.toString().replace('\\', '/');
            String display = config.displayName(file);
            // A file's name is part of its address, and a record's is in its edit link.
            CprGuard.scan(contentPath, SourcePosition.wholeFile(CprGuard.masked(display)), dk.referat.diagnostics.Message.of("cpr.in.file-name"),
                    dk.referat.diagnostics.Message.of("cpr.fix.rename"), problems);
            Optional<SourceFile> document = document(config, file);
            if (isInAttachmentFolder(relative)) {
                attachments.add(new SourceFile(file, display, contentPath, SourceFile.Kind.ATTACHMENT));
            } else if (document.isPresent()) {
                documents.add(document.get());
            } else {
                problems.warning(SourcePosition.wholeFile(display), Message.of("source.not-published", ATTACHMENT_FOLDER));
            }
        }
        for (Path folder : List.of(config.templates(), config.assets())) checkTheme(config, folder, problems);
        Path committeesFile = config.data().resolve(COMMITTEES_FILE);
        Optional<SourceFile> committees = Optional.empty();
        if (Files.isRegularFile(committeesFile)) {
            committees = Optional.of(new SourceFile(committeesFile, config.displayName(committeesFile),
                    COMMITTEES_FILE, SourceFile.Kind.COMMITTEES));
        } else if (!documents.isEmpty()) {
            problems.error(SourcePosition.wholeFile(config.displayName(committeesFile)), Message.of("source.committees.missing"));
        }
        Path removedFile = config.data().resolve(REMOVED_FILE);
        Optional<SourceFile> removed = Files.isRegularFile(removedFile)
                ? Optional.of(new SourceFile(removedFile, config.displayName(removedFile), REMOVED_FILE, SourceFile.Kind.DATA))
                : Optional.empty();
        GitHistory history = GitHistory.read(config.root());
        return new SiteSources(committees, removed, documents, former(config, history, documents), attachments, history);
    }

    /** The records and pages git has known that are gone from content/: they may leave a page behind. */
    private static List<SourceFile> former(SiteConfig config, GitHistory history, List<SourceFile> documents) {
        java.util.Set<String> present = new java.util.HashSet<>();
        documents.forEach(d -> present.add(d.displayName()));
        List<SourceFile> former = new ArrayList<>();
        for (String name : history.files().stream().sorted().toList()) {
            if (present.contains(name)) continue;
            Path file = config.root().resolve(name);
            if (Files.exists(file)) continue;
            document(config, file).ifPresent(former::add);
        }
        return former;

    }

    private static final java.util.regex.Pattern THEME_TEXT = java.util.regex.Pattern.compile("(?i)\\.(peb|html|css|js|mjs|svg|txt|json|xml)$");

    /** The site's own templates and text assets are published with every page, and are checked like content. */
    private static void checkTheme(SiteConfig config, Path folder, Problems problems) {
        if (!Files.isDirectory(folder)) return;
        for (Path file : listFiles(folder)) {
            if (!THEME_TEXT.matcher(file.getFileName().toString()).find()) continue;
            try {
                CprGuard.scan(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8),
                        new SourcePosition(config.displayName(file), 1, 1), dk.referat.diagnostics.Message.NONE,
                        dk.referat.diagnostics.Message.of("cpr.fix.file"), problems);
            } catch (IOException e) {
                // Not text after all (or unreadable): the step that uses it reports that.
            }
        }
    }

    private static final java.util.regex.Pattern MARKDOWN = java.util.regex.Pattern.compile("(?i)\\.(md|markdown)$");

    public static boolean isMarkdown(Path file) {
        return MARKDOWN.matcher(file.getFileName().toString()).find();
    }

    /** "om-sitet.md" → "om-sitet"; "Bilag.MD" → "Bilag". */
    public static String withoutMarkdownExtension(String path) {
        return MARKDOWN.matcher(path).replaceFirst("");
    }

    /** "bilag/budget.pdf" → "bilag/budget". */
    public static String withoutExtension(String path) {
        return path.replaceFirst("\\.[^./]+$", "");
    }

    private static boolean isInAttachmentFolder(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().equalsIgnoreCase(ATTACHMENT_FOLDER)) return true;
        }
        return false;
    }

    private static List<Path> listFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isSkipped(root.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-list", String.valueOf(root)), e);
        }
    }

    /**
     * Editors' tools leave dot-files, backups and files they save through beside content (.DS_Store,
     * .#x.md, x.md~, Emacs' #x.md#, JetBrains' x.md___jb_tmp___); they are not content.
     */
    public static boolean isSkipped(Path relative) {
        String name = relative.getFileName() == null ? "" : relative.getFileName().toString();
        if (name.endsWith("~") || name.length() > 1 && name.startsWith("#") && name.endsWith("#")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___")) {
            return true;
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /**
     * A file under content/ as a scan would take it as a record or page; empty for any other file (an
     * attachment file, a file a scan warns about or skips).
     */
    public static Optional<SourceFile> document(SiteConfig config, Path file) {
        Path content = config.content().toAbsolutePath().normalize();
        Path path = file.toAbsolutePath().normalize();
        if (!path.startsWith(content) || path.equals(content)) return Optional.empty();
        Path relative = content.relativize(path);
        if (isSkipped(relative) || isInAttachmentFolder(relative) || !isMarkdown(path)) return Optional.empty();
        return Optional.of(new SourceFile(file, config.displayName(file), relative.toString().replace('\\', '/'),
                SourceFile.Kind.DOCUMENT));
    }
}
