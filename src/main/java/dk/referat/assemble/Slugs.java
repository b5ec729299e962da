package dk.referat.assemble;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names made from Danish text: æ→ae, ø→oe, å→aa, other accents dropped. */
public final class Slugs {
    public static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    public static String of(String text) {
        // Case and KLE numbers, made into addresses for every link to them on every page, are ASCII:
        // a character loop gives them the same slug as the general path below, without its regexes.
        return isAscii(text) ? ofAscii(text) : general(text);
    }

    /** Any text; {@code SlugsTest} checks that ASCII text gets the same slug here as from the loop. */
    static String general(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "x" : t;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) return false;
        }
        return true;
    }

    private static String ofAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) out.append('-');
                dash = false;
                out.append(c);
            } else {
                dash = true;
            }
        }
        return out.length() == 0 ? "x" : out.toString();
    }
}
