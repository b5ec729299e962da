package dk.referat.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.referat.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same content are byte-identical: no timestamps, no map-order noise. */
class ReproducibleBuildTest {

    @Test
    void twoBuildsOfTheSampleSiteAreByteIdentical(@TempDir Path tmp) throws IOException {
        TestSites.build(TestSites.repository(), tmp.resolve("a"));
        TestSites.build(TestSites.repository(), tmp.resolve("b"));
        Map<String, byte[]> a = files(tmp.resolve("a"));
        Map<String, byte[]> b = files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertEquals(new String(a.get(name), java.nio.charset.StandardCharsets.ISO_8859_1),
                    new String(b.get(name), java.nio.charset.StandardCharsets.ISO_8859_1), name);
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
