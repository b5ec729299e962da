package dk.referat.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.referat.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The settings are declared once, in {@link Setting}; what an operator reads about them says the same. */
class SettingTest {

    @Test
    void theDocumentationsTableListsEverySettingWithItsDefault() throws IOException {
        String doc = Files.readString(TestSites.repository().resolve("docs/content-format.md"));
        String table = doc.substring(doc.indexOf("## Configuration: `jbake.properties`"), doc.indexOf("### The accessibility statement"));
        Map<String, String> documented = new LinkedHashMap<>();
        for (String row : table.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = row.split(" \\| ");
            List<String> keys = backticked(cells[0]);
            List<String> defaults = backticked(cells[cells.length - 1]);
            for (int i = 0; i < keys.size(); i++) documented.put(keys.get(i), i < defaults.size() ? defaults.get(i) : "");
        }
        Map<String, String> declared = new LinkedHashMap<>();
        for (Setting s : Setting.values()) declared.put(s.key(), s.fallback());
        assertEquals(declared, documented);
    }

    @Test
    void theSitesThatInitWritesNameEverySetting() throws IOException {
        String written;
        try (var in = SettingTest.class.getClassLoader().getResourceAsStream("referat/init/jbake.properties")) {
            written = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> missing = new ArrayList<>();
        for (Setting s : Setting.values()) {
            if (!Pattern.compile("(?m)^#?" + Pattern.quote(s.key()) + "=").matcher(written).find()) missing.add(s.key());
        }
        assertEquals(List.of(), missing, "settings the new site's jbake.properties does not mention");
    }

    private static List<String> backticked(String cell) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]*)`").matcher(cell);
        while (m.find()) found.add(m.group(1));
        return found;
    }
}
