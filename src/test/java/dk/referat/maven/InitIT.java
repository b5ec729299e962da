package dk.referat.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first steps, outside this repository: `referat init` with the jar, then `mvn package`
 * in the new site (with the plugin as `mvn install` installs it: maven-invoker-plugin installed it
 * before the integration tests), and `mvn referat:check` on a broken copy.
 */
class InitIT {

    record Run(int exit, String output) {
    }

    static Run run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES));
        return new Run(process.exitValue(), output);
    }

    static String[] mvn(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B", "-ntp"));
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }

    @Test
    void initThenMvnPackageBuildsANewSiteWithSearchAndCheckFindsAMistake(@TempDir Path tmp) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = TestSites.jar();
        Run init = run(tmp, java.toString(), "-jar", jar.toString(), "init", "mine-referater", "--title", "Eksempel Kommunes referater",
                "--body", "Kommune: \"Nord\"");
        assertEquals(0, init.exit(), init.output());
        Path site = tmp.resolve("mine-referater");
        for (String file : List.of("pom.xml", "jbake.properties", "data/committees.yaml", ".gitignore", "README.md",
                ".github/workflows/referat.yml", ".github/dependabot.yml", ".gitlab-ci.yml", "templates/.gitkeep", "assets/.gitkeep")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        assertTrue(Files.readString(site.resolve(".github/workflows/referat.yml")).contains("schedule:"), "a daily build");

        Run check = run(site, java.toString(), "-jar", jar.toString(), "check");
        assertEquals(0, check.exit(), check.output());

        Run packaged = run(site, mvn("package"));
        assertEquals(0, packaged.exit(), packaged.output());
        assertTrue(Files.isRegularFile(site.resolve("target/site/index.html")), packaged.output());
        assertTrue(Files.isRegularFile(site.resolve("target/site/pagefind/pagefind-entry.json")), "with search");
        assertTrue(Files.readString(site.resolve("target/site/byraadet/index.html")).contains("Kommune: &quot;Nord&quot;"),
                "the body as given, quoted for YAML by init");
        assertTrue(!Files.readString(site.resolve("target/site/tilgaengelighedserklaering/index.html")).contains("egne skabeloner"),
                "the theme's .gitkeep files make no own theme");

        // A goal given by its coordinates runs in a site folder without a pom.xml, on that folder.
        Path bare = Files.createDirectories(tmp.resolve("uden-pom"));
        for (String part : List.of("content", "data", "jbake.properties")) {
            run(site, "cp", "-r", site.resolve(part).toString(), bare.toString());
        }
        java.util.Properties own = new java.util.Properties();
        try (var in = InitIT.class.getClassLoader().getResourceAsStream("referat/version.properties")) {
            own.load(in);
        }
        Run withoutPom = run(bare, mvn(own.getProperty("groupId") + ":" + own.getProperty("artifactId") + ":" + own.getProperty("version")
                + ":check"));
        assertEquals(0, withoutPom.exit(), withoutPom.output());
        assertTrue(withoutPom.output().contains("Referat: indholdet er i orden"), withoutPom.output());

        Path record;
        try (var records = Files.list(site.resolve("content/byraadet"))) {
            record = records.findFirst().orElseThrow();
        }
        Files.writeString(record, Files.readString(record).replace("committee: byraadet", "committee: byraadett"));
        Run broken = run(site, mvn("referat:check"));
        assertTrue(broken.exit() != 0, broken.output());
        assertTrue(broken.output().contains("[ERROR] content/byraadet/" + record.getFileName() + ":4:12: fejl: ukendt udvalg 'byraadett'\n"
                + "    løsning: mente du 'byraadet'? brug et af udvalgenes korte navne (slug) fra data/committees.yaml: byraadet"), broken.output());
        assertTrue(broken.output().contains("Referat: 1 fejl; sitet ville ikke kunne bygges"), broken.output());
    }
}
