package dk.referat.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clerk may write the status in Danish, as access and relation types already allow. */
class DanishValuesTest {

    @Test
    void offentliggjortPublishesAndKladdeKeepsTheRecordOff(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        for (var record : List.of(new String[] {"2021-01-01", "offentliggjort"}, new String[] {"2021-02-01", "kladde"})) {
            Files.writeString(site.resolve("content/byraadet/" + record[0] + ".md"), "---\ntype: referat\nstatus: " + record[1]
                    + "\ncommittee: byraadet\ndate: " + record[0] + "\n---\n\n## 1. Budget\n\nGodkendt.\n");
        }
        TestSites.build(site, tmp.resolve("out"));
        assertTrue(Files.isRegularFile(tmp.resolve("out/byraadet/2021-01-01/index.html")));
        assertEquals(false, Files.exists(tmp.resolve("out/byraadet/2021-02-01")));
    }
}
