package dk.referat.diagnostics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Words for an editor or operator before they are in a language: a key in the message catalogue
 * and the values it takes. A problem keeps its message so, and is put into words when it is shown,
 * in the language of whoever reads it (see {@link Catalogue}). A value that is itself a message is
 * said in the same language; {@link #NONE} says nothing.
 */
public record Message(String key, List<Object> args) {
    /** No words: a hint left out, an optional part of a message that does not apply. */
    public static final Message NONE = new Message("", List.of());

    public Message {
        Objects.requireNonNull(key, "key");
        if (!key.isEmpty() && !key.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
            throw new IllegalArgumentException("key must be dotted lower-case words, was '" + key + "'");
        }
        for (Object arg : args) Objects.requireNonNull(arg, () -> "args of " + key + " hold null: pass \"\" or Message.NONE");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        Objects.requireNonNull(args, "args");
        if (key.isEmpty()) throw new IllegalArgumentException("key must not be empty; use Message.NONE for no words");
        return new Message(key, Arrays.asList(args));
    }

    /**
     * Words of another program, shown as they are: Java's message for a file that cannot be read,
     * the YAML parser's, Pagefind's output. They go after Referat's own words, never instead of them.
     */
    public static Message verbatim(String text) {
        return new Message("verbatim", List.of(text));
    }

    /** The message's own hint, {@code key.fix} in the catalogue, with the same values. */
    public Message fix() {
        return isNone() ? NONE : new Message(key + ".fix", args);
    }

    public boolean isNone() {
        return key.isEmpty();
    }
}
