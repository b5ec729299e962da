package dk.referat.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.ToldFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The list of every file a build published, with its SHA-256, written into the site as
 * {@value #FILE}: a deploy that copies files (Maven's {@code site-deploy}, a plain upload) can then
 * remove from the server what the site no longer has, and anyone can check that a server holds
 * exactly the site.
 */
public final class Manifest {
    public static final String FILE = "referat-manifest.json";
    public static final String PATH = "/" + FILE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifest() {
    }

    /** Lists every file of the unfinished site (all but the manifest and the folder's marker) and writes the list into it. */
    public static void write(SiteWriter writer) {
        Path site = writer.folder();
        Map<String, String> files = new TreeMap<>();
        for (Path file : files(site)) files.put(name(site, file), "");
        files.keySet().parallelStream().map(name -> Map.entry(name, sha256(site.resolve(name)))).toList()
                .forEach(e -> files.put(e.getKey(), e.getValue()));
        writer.write(PATH, out -> {
            try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)
                    .useDefaultPrettyPrinter()) {
                json.writeStartObject();
                json.writeStringField("generator", "Referat");
                json.writeObjectFieldStart("files");
                for (var e : files.entrySet()) json.writeStringField(e.getKey(), e.getValue());
                json.writeEndObject();
                json.writeEndObject();
            }
            out.write('\n');
        });
    }

    /** What to do after an upload (scp:, sftp:, dav:), which removes no files: said by {@code referat prune} and the plugin alike. */
    public static Message uploadedNotice(String target) {
        return Message.of("manifest.uploaded", target, FILE);
    }

    /**
     * Removes from a deployed copy of a site every file its manifest does not list: what the new site
     * no longer has. Only a folder Referat's site was copied into (it holds the site's marker) is
     * touched.
     *
     * @return the files removed, relative to the folder
     * @throws ToldFailure when the folder holds no site of Referat's, or its files cannot be read or removed
     */
    public static List<String> prune(Path deployed) {
        if (!Files.isRegularFile(deployed.resolve(SiteWriter.MARKER)) || !Files.isRegularFile(deployed.resolve(FILE))) {
            throw new ToldFailure(Message.of("manifest.no-site", String.valueOf(deployed), SiteWriter.MARKER, FILE));
        }
        Set<String> listed = new HashSet<>();
        try (InputStream in = Files.newInputStream(deployed.resolve(FILE))) {
            JsonNode files = JSON.readTree(in).path("files");
            files.fieldNames().forEachRemaining(listed::add);
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-read", String.valueOf(deployed.resolve(FILE))), e);
        }
        List<String> removed = new ArrayList<>();
        try {
            for (Path file : files(deployed)) {
                String name = name(deployed, file);
                if (listed.contains(name)) continue;
                Files.delete(file);
                removed.add(name);
            }
            try (Stream<Path> walk = Files.walk(deployed)) {
                for (Path dir : walk.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!dir.equals(deployed) && isEmpty(dir)) Files.delete(dir);
                }
            }
        } catch (IOException e) {
            throw new ToldFailure(Message.of("manifest.prune-failed", String.valueOf(deployed)), e);
        }
        return removed;
    }

    private static List<Path> files(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(SiteWriter.MARKER))
                    .filter(p -> !p.equals(site.resolve(FILE))).sorted().toList();
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-list", String.valueOf(site)), e);
        }
    }

    private static String name(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ToldFailure(Message.of("files.cannot-read", String.valueOf(file)), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
