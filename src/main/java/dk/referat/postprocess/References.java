package dk.referat.postprocess;

/**
 * Finds the references in running text that become links: case numbers ("20/19585"), KLE numbers
 * ("00.01.57", "27.00.00-G01-250-19") and items ("punkt 27", "punktet 3"). It finds exactly what the
 * regular expression {@link #PATTERN} finds, match for match ({@code ReferencesTest} checks that on
 * random text), but looks only where a digit or a 'P' stands: the expression, with its look-behinds,
 * was tried at every character of every page and was the largest cost of post-processing.
 */
final class References {
    /** The definition: group 1 a case or KLE number, group 3 an item number. */
    static final String PATTERN =
            "(?<![\\p{L}\\p{N}/.-])(\\d{2}/\\d{1,7}|\\d{2}\\.\\d{2}(?:\\.\\d{2})?(?:-[A-ZÆØÅ]\\d{2}(?:-\\d{1,7}-\\d{2})?)?)(?![\\p{L}\\p{N}/-])"
                    + "|(?<![\\p{L}\\p{N}])([Pp]unkt(?:et)?\\s+(\\d{1,4}))(?![\\p{L}\\p{N}])";

    /**
     * One reference.
     *
     * @param number the case or KLE number, or null for an item
     * @param item   the item's number, or null for a case or KLE number
     */
    record Match(int start, int end, String number, String item) {
    }

    private References() {
    }

    /** The first reference at or after {@code from}, or null. */
    static Match find(String text, int from) {
        int n = text.length();
        for (int i = Math.max(0, from); i < n; i++) {
            char c = text.charAt(i);
            if (isAsciiDigit(c)) {
                if (!numberMayStart(text, i)) continue;
                int end = number(text, i);
                if (end >= 0) return new Match(i, end, text.substring(i, end), null);
            } else if (c == 'P' || c == 'p') {
                Match item = item(text, i);
                if (item != null) return item;
            }
        }
        return null;
    }

    private static boolean numberMayStart(String text, int i) {
        if (i == 0) return true;
        // One char, as Java's look-behind reads it: the second half of a letter outside the BMP is no letter.
        char before = text.charAt(i - 1);
        return !isLetterOrNumber(before) && before != '/' && before != '.' && before != '-';
    }

    /**
     * Where a case or KLE number starting at {@code i} ends, trying the expression's alternatives and
     * optional parts in its order (longest first) and taking the first whose end the look-ahead
     * accepts; -1 for none.
     */
    private static int number(String text, int i) {
        if (!digits(text, i, 2)) return -1;
        int p = i + 2;
        if (p < text.length() && text.charAt(p) == '/') {
            int run = run(text, p + 1, 7);
            for (int k = run; k >= 1; k--) {
                if (numberMayEnd(text, p + 1 + k)) return p + 1 + k;
            }
            return -1;
        }
        if (!(at(text, p, '.') && digits(text, p + 1, 2))) return -1;
        int afterCode = p + 3;
        int[] group = at(text, afterCode, '.') && digits(text, afterCode + 1, 2) ? new int[] {afterCode + 3, afterCode} : new int[] {afterCode};
        for (int base : group) {
            // -X00, then optionally -0000000-00; each tried with and then without.
            if (at(text, base, '-') && base + 1 < text.length() && isCapital(text.charAt(base + 1)) && digits(text, base + 2, 2)) {
                int letter = base + 4;
                if (at(text, letter, '-')) {
                    int run = run(text, letter + 1, 7);
                    for (int k = run; k >= 1; k--) {
                        int dash = letter + 1 + k;
                        if (at(text, dash, '-') && digits(text, dash + 1, 2) && numberMayEnd(text, dash + 3)) return dash + 3;
                    }
                }
                if (numberMayEnd(text, letter)) return letter;
            }
            if (numberMayEnd(text, base)) return base;
        }
        return -1;
    }

    private static boolean numberMayEnd(String text, int end) {
        if (end >= text.length()) return true;
        int after = text.codePointAt(end);
        return !isLetterOrNumber(after) && after != '/' && after != '-';
    }

    /** "punkt 27" or "punktet 27" at {@code i}, with the look-behind and look-ahead; null for neither. */
    private static Match item(String text, int i) {
        if (i > 0 && isLetterOrNumber(text.charAt(i - 1))) return null;
        if (!text.startsWith("unkt", i + 1)) return null;
        int word = i + 5;
        for (int end : text.startsWith("et", word) ? new int[] {word + 2, word} : new int[] {word}) {
            int p = end;
            while (p < text.length() && isSpace(text.charAt(p))) p++;
            if (p == end) continue;
            int run = run(text, p, 4);
            for (int k = run; k >= 1; k--) {
                int last = p + k;
                if (last >= text.length() || !isLetterOrNumber(text.codePointAt(last))) {
                    return new Match(i, last, null, text.substring(p, last));
                }
            }
        }
        return null;
    }

    /** How many ASCII digits, up to {@code max}, stand from {@code from}. */
    private static int run(String text, int from, int max) {
        int k = 0;
        while (k < max && from + k < text.length() && isAsciiDigit(text.charAt(from + k))) k++;
        return k;
    }

    private static boolean digits(String text, int from, int count) {
        return run(text, from, count) == count;
    }

    private static boolean at(String text, int i, char c) {
        return i < text.length() && text.charAt(i) == c;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isCapital(char c) {
        return (c >= 'A' && c <= 'Z') || c == 'Æ' || c == 'Ø' || c == 'Å';
    }

    /** \s without Unicode character classes. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** \p{L} or \p{N}. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (codePoint < 128) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= '0' && codePoint <= '9');
        }
        if (Character.isLetter(codePoint)) return true;
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
