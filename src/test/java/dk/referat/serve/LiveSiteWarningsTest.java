package dk.referat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.Referat;
import dk.referat.TestSites;
import dk.referat.config.ConfigReader;
import dk.referat.diagnostics.Language;
import dk.referat.diagnostics.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview warns of what a build warns of, the configuration's unstated parts and unknown keys included. */
class LiveSiteWarningsTest {

    @Test
    void thePreviewWarnsAsTheBuildDoesBeforeAndAfterAnEdit(@TempDir Path tmp) throws Exception {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), "referat.serach=off\n");
        List<String> built = said(Referat.build(ConfigReader.read(site).withDestination(tmp.resolve("full"))
                .withPagesOnly(true)).warnings());
        assertTrue(built.stream().anyMatch(w -> w.startsWith("jbake.properties:1:1: advarsel:")), built.toString());
        assertTrue(built.stream().anyMatch(w -> w.contains("referat.accessibility.contact")), built.toString());

        LiveSite live = new LiveSite(ConfigReader.read(site).withDestination(tmp.resolve("live")));
        assertEquals(built, said(live.build().warnings()));
        Path record = site.resolve("content/byraadet/2019-12-04.md");
        Files.writeString(record, Files.readString(record) + "\nEn ny linje.\n");
        assertEquals(built, said(live.update(Set.of(record)).warnings()), "an edit keeps them");
    }

    private static List<String> said(List<Problem> warnings) {
        return warnings.stream().map(p -> p.format(Language.DANISH)).sorted().toList();
    }
}
