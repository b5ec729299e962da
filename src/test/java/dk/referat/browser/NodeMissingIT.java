package dk.referat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without Node.js, a build with search stops and says how to install it or how to switch search off. */
class NodeMissingIT {

    @Test
    void theBuildStopsWithAMessageThatSaysWhatToDo(@TempDir Path tmp) throws Exception {
        Path jar = TestSites.jar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // An empty PATH hides node and npm from the build; java is started by its full path.
        ProcessBuilder withoutNode = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "build",
                TestSites.repository().toString(), "--output", tmp.resolve("site").toString()).redirectErrorStream(true);
        withoutNode.environment().put("PATH", "");
        Process run = withoutNode.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, run.exitValue(), output);
        assertTrue(output.contains("søgningen kræver Node.js, som ikke er installeret"), output);
        assertTrue(output.contains("apt-get install -y nodejs npm"), output);
        assertTrue(output.contains("referat.search=off"), output);
        assertTrue(Files.notExists(tmp.resolve("site")), "nothing was written");
    }
}
