package dk.referat.assemble;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.Similar;
import dk.referat.diagnostics.SourcePosition;
import dk.referat.parse.YamlNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed access to one group of YAML fields. Every wrong value becomes a problem at its own line and
 * column, and reading goes on, so one build reports everything that is wrong.
 */
final class Fields {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private final YamlNode.Mapping mapping;
    private final Problems problems;
    private final Message what;

    /**
     * @param what  how the editor would name this group in a message ({@code what.record}: "the record")
     * @param known the field names this group understands; others get a warning naming the closest one
     */
    Fields(YamlNode.Mapping mapping, Problems problems, Message what, Set<String> known) {
        this.mapping = mapping;
        this.problems = problems;
        this.what = what;
        for (Map.Entry<String, YamlNode.Entry> entry : mapping.entries().entrySet()) {
            if (!known.contains(entry.getKey())) {
                String near = Similar.closest(entry.getKey(), known);
                problems.warning(entry.getValue().keyAt(), Message.of("field.unknown", entry.getKey()),
                        near == null ? Message.of("field.unknown.fix") : Message.of("field.unknown.near", near));
            }
        }
    }

    /** Where the field's value is, or its key when the value is empty, or the group when the field is absent. */
    SourcePosition at(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) return mapping.at();
        return entry.value() == null ? entry.keyAt() : entry.value().at();
    }

    boolean has(String key) {
        return mapping.get(key).isPresent();
    }

    Optional<String> text(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof YamlNode.Scalar scalar) {
            String value = scalar.value().strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        problems.error(node.get().at(), Message.of("field.not-single", key, YamlNode.kind(node.get())));
        return Optional.empty();
    }

    String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    /** @param example a line as the clerk would write it, {@code "date: 2020-02-12"} */
    Optional<String> required(String key, String example) {
        return requiredAs(key, example);
    }

    /** @param example the line to suggest, when it needs words around it ("type: referat (or dagsorden; …)") */
    Optional<String> required(String key, Message example) {
        return requiredAs(key, example);
    }

    /** @param example a String or a Message */
    private Optional<String> requiredAs(String key, Object example) {
        Optional<String> value = text(key);
        if (value.isEmpty() && !isWrongShape(key)) {
            if (mapping.entries().containsKey(key)) {
                problems.error(at(key), Message.of("field.empty", key, example));
            } else {
                problems.error(mapping.at(), Message.of("field.missing", what, key, example));
            }
        }
        return value;
    }

    /** A slug: it becomes part of addresses, so only a-z, 0-9 and '-' are allowed. */
    Optional<String> slug(String key, String example) {
        Optional<String> value = example == null ? text(key) : required(key, example);
        if (value.isPresent() && !Slugs.VALID.matcher(value.get()).matches()) {
            problems.error(at(key), Message.of("field.slug.invalid", value.get(), key, Slugs.of(value.get())));
            return Optional.empty();
        }
        return value;
    }

    Optional<LocalDate> date(String key, boolean required) {
        Optional<String> value = required ? required(key, key + ": 2020-02-12") : text(key);
        if (value.isEmpty()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value.get()));
        } catch (DateTimeParseException e) {
            problems.error(at(key), Message.of("field.date.invalid", value.get()));
            return Optional.empty();
        }
    }

    Optional<LocalTime> time(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty()) return Optional.empty();
        Matcher m = TIME.matcher(value.get());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) return Optional.of(LocalTime.of(hour, minute));
        }
        problems.error(at(key), Message.of("field.time.invalid", value.get(), key));
        return Optional.empty();
    }

    /**
     * One of a fixed set of words, case-insensitive; {@code choices} maps each accepted word to its value.
     *
     * @param shown   the accepted words as the clerk types them ("politisk, med, andet")
     * @param example the line to suggest when the field is missing, or null when the field is optional
     */
    <E> Optional<E> choice(String key, Map<String, E> choices, String shown, String example) {
        return choiceAs(key, choices, shown, example);
    }

    /** The same, with the words and the line said in the reader's language ("dagsorden, referat (or page …)"). */
    <E> Optional<E> choice(String key, Map<String, E> choices, Message shown, Message example) {
        return choiceAs(key, choices, shown, example);
    }

    /** @param shown a String or a Message; {@code example} too, or null */
    private <E> Optional<E> choiceAs(String key, Map<String, E> choices, Object shown, Object example) {
        Optional<String> value = example == null ? text(key) : requiredAs(key, example);
        if (value.isEmpty()) return Optional.empty();
        E chosen = choices.get(value.get().toLowerCase(Locale.ROOT));
        if (chosen == null) {
            problems.error(at(key), Message.of("field.choice.invalid", value.get(), key, shown));
        }
        return Optional.ofNullable(chosen);
    }

    /** A list; a single value is accepted as a list of one, since editors write {@code cases: 20/19585}. */
    List<YamlNode> list(String key) {
        Optional<YamlNode> node = mapping.get(key);
        if (node.isEmpty()) return List.of();
        if (node.get() instanceof YamlNode.Sequence sequence) return sequence.items();
        if (node.get() instanceof YamlNode.Scalar) return List.of(node.get());
        problems.error(node.get().at(), Message.of("field.not-list", key));
        return List.of();
    }

    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            if (item instanceof YamlNode.Scalar scalar) {
                out.add(scalar.value().strip());
            } else {
                problems.error(item.at(), Message.of("field.entry.not-single", key));
            }
        }
        return out;
    }

    Problems problems() {
        return problems;
    }

    private boolean isWrongShape(String key) {
        return mapping.get(key).filter(n -> !(n instanceof YamlNode.Scalar)).isPresent();
    }
}
