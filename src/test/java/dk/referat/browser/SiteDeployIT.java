package dk.referat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `mvn site-deploy` publishes the whole site. It runs in a copy of the project, so the nested Maven
 * build cannot disturb this one's target/ folder.
 */
class SiteDeployIT {

    @Test
    void siteDeployToAFileUrlPublishesTheWholeSite(@TempDir Path tmp) throws Exception {
        Path project = tmp.resolve("project");
        for (String part : List.of("pom.xml", "jbake.properties", "package.json", "package-lock.json", "src", "content",
                "data", "templates", "assets", "node_modules")) {
            copy(TestSites.repository().resolve(part), project.resolve(part));
        }
        Path target = tmp.resolve("published");
        Path mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn");
        // Online: on a fresh machine the outer build has not fetched what site-deploy alone needs
        // (maven-reporting-exec, the wagon transport), and offline it failed for that reason.
        Process run = new ProcessBuilder(mvn.toString(), "-B", "-q", "-ntp", "site-deploy",
                "-Dreferat.deploy.url=" + target.toUri())
                .directory(project.toFile()).redirectErrorStream(true).start();
        run.getOutputStream().close();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(10, TimeUnit.MINUTES), output);
        assertEquals(0, run.exitValue(), output);
        Set<String> built = files(project.resolve("target/site"));
        assertTrue(built.contains("index.html") && built.contains("pagefind/pagefind.js") && built.size() > 50, built.toString());
        assertEquals(built, files(target), "every file of the built site is published");
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
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
