package dk.referat.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void danishTextAndNumbersBecomeAddresses() {
        assertEquals("27-00-00-g01-250-19", Slugs.of("27.00.00-G01-250-19"));
        assertEquals("20-19585", Slugs.of("20/19585"));
        assertEquals("sektor-med-boern-og-familie", Slugs.of("Sektor-MED Børn og Familie"));
        assertEquals("cafe-aeble", Slugs.of("Café Æble"));
        assertEquals("x", Slugs.of("--//--"));
    }

    @Property(tries = 2000, seed = "20261130")
    void asciiTextGetsTheSameSlugAsTheGeneralPath(@ForAll @CharRange(from = 0, to = 127) @StringLength(max = 30) String text) {
        assertEquals(Slugs.general(text), Slugs.of(text), text);
    }
}
