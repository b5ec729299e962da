package dk.referat.diagnostics;

import java.util.Collection;

/** Finds the name an editor probably meant ("comittee" → "committee"), for hints. */
public final class Similar {
    private Similar() {
    }

    /** The closest candidate within a small edit distance, or null when none is close. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int d = distance(word.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, word.length() / 4) ? best : null;
    }

    /**
     * The first candidate (in sorted order) one keystroke from the word: a character mistyped, added,
     * left out, or two neighbours swapped ("2020-02-21" for "2020-02-12"); null when none is.
     */
    public static String oneKeystrokeFrom(String word, Collection<String> candidates) {
        return candidates.stream().filter(c -> oneKeystroke(word, c)).sorted().findFirst().orElse(null);
    }

    private static boolean oneKeystroke(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) {
            if (a.regionMatches(i + 1, b, i + 1, a.length() - i - 1)) return true;
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
