package dk.referat.postprocess;

/**
 * Walks the attributes of every start tag in an HTML text without building a tree: the cheap way for
 * a transformer to see whether a page has work for it, or to rewrite link addresses in place. It
 * reads HTML as a browser's tokenizer does for the well-formed markup Referat writes: comments and
 * the text of script and style elements are skipped, values may be double-, single- or unquoted.
 */
final class AttributeScanner {

    /** One attribute as written. */
    interface Visitor {
        /**
         * @param name       the attribute's name as written (not lower-cased)
         * @param valueStart where the value starts in the text (after the quote), or -1 without a value
         * @param valueEnd   where it ends (before the closing quote)
         * @param quote      '"', '\'' or 0 for an unquoted value
         * @return false to stop the scan
         */
        boolean attribute(String name, int valueStart, int valueEnd, char quote);
    }

    private AttributeScanner() {
    }

    /** @return false when the visitor stopped the scan */
    static boolean scan(String html, Visitor visitor) {
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char next = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            if (!isLetter(next)) {
                int end = html.indexOf('>', i + 1);
                i = end < 0 ? -1 : html.indexOf('<', end + 1);
                continue;
            }
            int p = i + 1;
            while (p < n && isNameChar(html.charAt(p))) p++;
            String raw = rawTextElement(html, i + 1, p);
            // Attributes, up to the end of the tag.
            while (p < n) {
                while (p < n && isSpace(html.charAt(p))) p++;
                if (p >= n) break;
                char c = html.charAt(p);
                if (c == '>') break;
                if (c == '/') {
                    p++;
                    continue;
                }
                int nameStart = p;
                while (p < n && !isSpace(html.charAt(p)) && "=>/".indexOf(html.charAt(p)) < 0) p++;
                String name = name(html, nameStart, p);
                int q = p;
                while (q < n && isSpace(html.charAt(q))) q++;
                if (q < n && html.charAt(q) == '=') {
                    q++;
                    while (q < n && isSpace(html.charAt(q))) q++;
                    char quote = q < n ? html.charAt(q) : 0;
                    int start;
                    int end;
                    if (quote == '"' || quote == '\'') {
                        start = q + 1;
                        end = html.indexOf(quote, start);
                        if (end < 0) end = n;
                        p = Math.min(n, end + 1);
                    } else {
                        quote = 0;
                        start = q;
                        end = q;
                        while (end < n && !isSpace(html.charAt(end)) && html.charAt(end) != '>') end++;
                        p = end;
                    }
                    if (!visitor.attribute(name, start, end, quote)) return false;
                } else {
                    if (!visitor.attribute(name, -1, -1, (char) 0)) return false;
                }
            }
            int afterTag = p + 1;
            if (raw != null) {
                int close = indexOfIgnoreCase(html, "</" + raw, afterTag);
                afterTag = close < 0 ? n : close;
            }
            i = afterTag >= n ? -1 : html.indexOf('<', afterTag);
        }
        return true;
    }

    /** "script" or "style" when the tag name in html[start, end) is one of them (in any case), else null. */
    private static String rawTextElement(String html, int start, int end) {
        for (String raw : new String[] {"script", "style"}) {
            if (end - start == raw.length() && html.regionMatches(true, start, raw, 0, raw.length())) return raw;
        }
        return null;
    }

    /** The names Referat's pages use, handed on without a copy: a page has thousands of attributes. */
    private static final String[] COMMON = {"class", "href", "id", "src", "rel", "lang", "name", "content", "type", "title",
        "role", "aria-label", "datetime", "charset", "tabindex", "align", "scope", "property", "hidden", "media"};

    private static String name(String html, int start, int end) {
        int length = end - start;
        for (String common : COMMON) {
            if (common.length() == length && html.startsWith(common, start)) return common;
        }
        return html.substring(start, end);
    }

    /** Whether the character occurs in text[start, end). */
    static boolean has(String text, char c, int start, int end) {
        // Not text.indexOf(c, start): it searches on past the value to the end of the page, which
        // made rewriting the links of a 1 MB list page quadratic (85 ms where 2 ms will do).
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) return true;
        }
        return false;
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        for (int i = Math.max(0, from); i <= text.length() - what.length(); i++) {
            if (text.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
