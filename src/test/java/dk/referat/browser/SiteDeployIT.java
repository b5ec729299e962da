package dk.referat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What left the site leaves the server: after a record is taken down and the site deployed again, by
 * `mvn site-deploy` to a file: address and by rsync, the server holds exactly the new site, the
 * record's address holds the notice, and no file holds its text. Both run in a copy of the project
 * kept in git, as a site's repository is, so the nested builds cannot disturb this one's target/.
 */
class SiteDeployIT {
    static final String RECORD = "content/arbejdsplads-med/2020-04-30.md";
    static final List<String> ITS_TEXT = List.of("Kristinna Stiller Blankschøn", "Afviklet over Microsoft Teams");

    @Test
    void siteDeployToAFileUrlLeavesTheServerHoldingExactlyTheNewSite(@TempDir Path tmp) throws Exception {
        Path project = project(tmp);
        Path server = tmp.resolve("published");
        mvn(project, "site-deploy", "-Dreferat.deploy.url=" + server.toUri());
        Set<String> first = files(server);
        assertTrue(first.contains("index.html") && first.contains("pagefind/pagefind.js") && first.contains("arbejdsplads-med/2020-04-30/index.json"),
                first.toString());
        assertEquals(files(project.resolve("target/site")), first, "every file of the built site is published");

        takeDown(project);
        String output = mvn(project, "site-deploy", "-Dreferat.deploy.url=" + server.toUri());
        assertEquals(files(project.resolve("target/site")), files(server), "the server holds exactly the new site: " + output);
        assertTakenDown(server);
    }

    @Test
    void rsyncWithDeleteLeavesTheServerHoldingExactlyTheNewSite(@TempDir Path tmp) throws Exception {
        Path project = project(tmp);
        Path jar = TestSites.jar();
        Path server = Files.createDirectories(tmp.resolve("www"));
        run(project, "java", "-jar", jar.toString(), "build", ".", "--output", tmp.resolve("public").toString());
        rsync(project, tmp.resolve("public"), server);
        assertTrue(Files.isRegularFile(server.resolve("arbejdsplads-med/2020-04-30/index.json")));

        takeDown(project);
        run(project, "java", "-jar", jar.toString(), "build", ".", "--output", tmp.resolve("public").toString());
        rsync(project, tmp.resolve("public"), server);
        assertEquals(files(tmp.resolve("public")), files(server));
        assertTakenDown(server);
    }

    /** The record is made a draft again, with a reason for citizens, and committed. */
    private static void takeDown(Path project) throws Exception {
        Path record = project.resolve(RECORD);
        Files.writeString(record, Files.readString(record).replace("status: published", "status: draft"));
        Files.writeString(project.resolve("data/removed.yaml"), "- page: /arbejdsplads-med/2020-04-30/\n"
                + "  reason: Referatet er trukket tilbage, mens deltagerlisten rettes.\n");
        run(project, "git", "commit", "-q", "-am", "Taget ned");
        run(project, "git", "add", "data/removed.yaml");
        run(project, "git", "commit", "-q", "-m", "Begrundelse");
    }

    private static void assertTakenDown(Path server) throws IOException {
        String notice = Jsoup.parse(server.resolve("arbejdsplads-med/2020-04-30/index.html").toFile(), "UTF-8").selectFirst("main").text();
        assertTrue(notice.startsWith("Fjernet: Referat: Arbejdsplads MED, 30. april 2020"), notice);
        assertTrue(notice.contains("Begrundelse: Referatet er trukket tilbage, mens deltagerlisten rettes."), notice);
        assertFalse(Files.exists(server.resolve("arbejdsplads-med/2020-04-30/index.json")), "its open data is gone from the server");
        for (String text : ITS_TEXT) {
            for (Map.Entry<String, String> file : texts(server).entrySet()) {
                assertFalse(file.getValue().contains(text), file.getKey() + " still holds '" + text + "'");
            }
        }
    }

    /** A copy of the project, in a git repository of its own with one commit, as a site's repository is. */
    private static Path project(Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        for (String part : List.of("pom.xml", "jbake.properties", "package.json", "package-lock.json", "src", "content",
                "data", "templates", "assets", "node_modules")) {
            copy(TestSites.repository().resolve(part), project.resolve(part));
        }
        Files.writeString(project.resolve(".gitignore"), "target/\nnode_modules/\n");
        run(project, "git", "init", "-q");
        run(project, "git", "add", ".");
        run(project, "git", "commit", "-q", "-m", "Sitet");
        return project;
    }

    private static void rsync(Path project, Path from, Path to) throws Exception {
        run(project, "rsync", "-a", "--delete", from + "/", to + "/");
    }

    /** Maven as the user runs it, online: on a fresh machine the outer build has not fetched what site-deploy alone needs. */
    private static String mvn(Path project, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B", "-ntp"));
        command.addAll(List.of(args));
        return run(project, command.toArray(String[]::new));
    }

    private static String run(Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("GIT_AUTHOR_NAME", "Redaktør", "GIT_AUTHOR_EMAIL", "r@example.org",
                "GIT_COMMITTER_NAME", "Redaktør", "GIT_COMMITTER_EMAIL", "r@example.org"));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed for this test (on Debian: apt-get install -y " + command[0] + ")", e);
        }
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), output);
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + output);
        return output;
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** Every file's text; Pagefind's compressed index files unpacked, so that the search index is read too. */
    private static Map<String, String> texts(Path root) throws IOException {
        Map<String, String> texts = new java.util.TreeMap<>();
        for (String name : files(root)) {
            byte[] bytes = Files.readAllBytes(root.resolve(name));
            try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = gz.readAllBytes();
            } catch (IOException notCompressed) {
                // Read as it is.
            }
            texts.put(name, new String(bytes, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) return;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest);
                }
            }
        }
    }
}
