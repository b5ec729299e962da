package dk.referat.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.junit.jupiter.api.Test;

/** What the plain-YAML reader answers is exactly what snakeyaml gives, node for node and place for place. */
class SimpleYamlTest {
    private static final SourcePosition BASE = new SourcePosition("x.md", 5, 1);
    private static final AtomicInteger ANSWERED = new AtomicInteger();
    private static final AtomicInteger TRIED = new AtomicInteger();

    @Test
    void readsAPunktBlockAndLeavesTheRestToSnakeyaml() {
        String punkt = "cases: [23/01767, 27.00.00-G01-250-19]\nclassification: []\nrelations:\n  - type: resumes\n"
                + "    to: udvalg-32/2011-07-19\n    item: 14\nattachments:\n- title: Bilag til punkt 3 (side 2)\n  file: bilag/a.pdf\n";
        Optional<YamlNode> simple = SimpleYaml.read(punkt, BASE);
        assertNotNull(simple);
        assertEquals(YamlReader.readWithSnakeYaml(punkt, BASE, new Problems()), simple);
        for (String other : List.of("a: b # comment\n", "a: 'quoted'\n", "a: |\n  text\n", "a: b\n  more\n", "a: &x b\n",
                "- a\n- b\n", "a: \"with \\\" escape\"\n", "a: b: c\n", "a: b\na: c\n")) {
            assertNull(SimpleYaml.read(other, BASE), other);
        }
    }

    @Property(tries = 4000, seed = "20261130")
    void answersOnlyAsSnakeyamlWould(@ForAll("documents") String yaml) {
        TRIED.incrementAndGet();
        Optional<YamlNode> simple = SimpleYaml.read(yaml, BASE);
        if (simple == null) return;
        ANSWERED.incrementAndGet();
        Problems problems = new Problems();
        assertEquals(YamlReader.readWithSnakeYaml(yaml, BASE, problems), simple, yaml);
        assertTrue(problems.sorted().isEmpty(), yaml + problems.sorted());
    }

    @AfterProperty
    void theGeneratedTextIsOftenSimple() {
        if (TRIED.get() >= 4000) assertTrue(ANSWERED.get() > TRIED.get() / 5, ANSWERED + " of " + TRIED + " answered");
    }

    private static final List<String> VALUES = List.of("referat", "Rådhuset, mødelokale 4", "12:00", "\"12:00\"", "\"\"",
            "[20/19585, 85.02.01]", "[]", "[ a , b ]", "null", "~", "Null", "Q&A", "æble", "(note)", "2020-02-12", "yes",
            "udvalg-32/2011-07-19", "14", "a\"b", "http://x.dk/y", "a, b", "Bilag til punkt 3", "a - b", "Ørsted's",
            "Budget 2021\u0096", "\"a\u0007b\"", "[Klima \uD83C\uDF0D, Trafik]", "Økonomi\u00ADopfølgning", "x\u2003y");
    private static final List<String> ODD = List.of("a: b", "x:", "'q'", "-5", "a [b]", "*x", "&a b", "!tag", "a #b",
            "\"a\\\"b\"", "{a: b}", "%x", "@x", "[a,]", "[a, [b]]", "|", ">", "? x", "\u2003", "\uFEFFa");
    private static final List<String> KEYS = List.of("type", "cases", "title", "to", "item", "file", "relations", "a-b", "x.y", "_k");

    /** A document built from fields, nested fields and lists, now and then with one odd value or line in it. */
    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.longs().map(seed -> {
            java.util.Random random = new java.util.Random(seed);
            StringBuilder out = new StringBuilder();
            mapping(random, out, 0, 0);
            String text = out.toString();
            if (random.nextInt(4) == 0) {
                String[] lines = text.split("\n", -1);
                int at = random.nextInt(Math.max(1, lines.length - 1));
                lines[at] = switch (random.nextInt(5)) {
                    case 0 -> lines[at] + " ";
                    case 1 -> " " + lines[at];
                    case 4 -> "\u2003";
                    case 2 -> lines[at].replaceFirst(": .*", ": " + ODD.get(random.nextInt(ODD.size())));
                    default -> "";
                };
                text = String.join("\n", lines);
            }
            return text;
        });
    }

    private static void mapping(java.util.Random random, StringBuilder out, int indent, int depth) {
        java.util.Set<String> used = new java.util.HashSet<>();
        int fields = 1 + random.nextInt(4);
        for (int i = 0; i < fields; i++) {
            String key = KEYS.get(random.nextInt(KEYS.size()));
            if (!used.add(key)) continue;
            out.append(" ".repeat(indent)).append(key).append(':');
            int kind = depth > 2 ? 0 : random.nextInt(6);
            if (kind <= 2) {
                out.append(' ').append(VALUES.get(random.nextInt(VALUES.size()))).append('\n');
            } else if (kind == 3) {
                out.append('\n');
                mapping(random, out, indent + 2, depth + 1);
            } else {
                out.append('\n');
                int at = kind == 4 ? indent : indent + 2;
                int items = 1 + random.nextInt(3);
                for (int j = 0; j < items; j++) {
                    out.append(" ".repeat(at)).append("- ");
                    if (random.nextBoolean()) {
                        out.append(VALUES.get(random.nextInt(VALUES.size()))).append('\n');
                    } else {
                        StringBuilder inner = new StringBuilder();
                        mapping(random, inner, at + 2, depth + 1);
                        out.append(inner.substring(at + 2));
                    }
                }
            }
        }
    }
}
