package dk.referat.config;

import dk.referat.diagnostics.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.referat.BuildResult;
import dk.referat.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A setting Referat does not read is never taken as being in effect. */
class ConfigReaderTest {

    @Test
    void anUnknownReferatSettingIsAWarningAtItsLineNamingTheClosest(@TempDir Path tmp) throws IOException {
        Path site = TestSites.copy("publication", tmp.resolve("site"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=Referater\n# referat.commented=out\nreferat.serach=off\n"
                + "template.file.index=ignored, a JBake key\n");
        BuildResult result = TestSites.build(site, tmp.resolve("out"));
        assertEquals(List.of("jbake.properties:3:1: warning: unknown setting 'referat.serach' is ignored\n"
                        + "    fix: did you mean 'referat.search'? docs/content-format.md lists the settings"),
                result.warnings().stream().filter(w -> w.line() > 0).map(w -> w.format(Language.ENGLISH)).toList());
    }
}
