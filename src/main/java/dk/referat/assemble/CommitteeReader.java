package dk.referat.assemble;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import dk.referat.model.Committee;
import dk.referat.model.CommitteeKind;
import dk.referat.model.ItemNumbering;
import dk.referat.parse.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads data/committees.yaml: a list of committees, each defined once. */
final class CommitteeReader {
    private static final Set<String> FIELDS = Set.of("slug", "name", "body", "kind", "description", "numbering");
    private static final Map<String, ItemNumbering> NUMBERINGS = Map.of(
            "møde", ItemNumbering.MEETING, "år", ItemNumbering.YEAR, "løbende", ItemNumbering.RUNNING);
    private static final Map<String, CommitteeKind> KINDS = Map.of(
            "politisk", CommitteeKind.POLITISK, "med", CommitteeKind.MED, "andet", CommitteeKind.ANDET);

    private CommitteeReader() {
    }

    static List<Committee> read(Optional<YamlNode> root, String file, Problems problems) {
        if (root.isEmpty()) {
            if (!file.isEmpty() && !problems.hasErrors()) {
                problems.error(SourcePosition.wholeFile(file), Message.of("committees.empty"));
            }
            return List.of();
        }
        if (!(root.get() instanceof YamlNode.Sequence list)) {
            problems.error(root.get().at(), Message.of("committees.not-list", YamlNode.kind(root.get())));
            return List.of();
        }
        Map<String, Committee> bySlug = new LinkedHashMap<>();
        Map<String, SourcePosition> firstAt = new LinkedHashMap<>();
        for (YamlNode node : list.items()) {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                problems.error(node.at(), Message.of("committee.not-fields"));
                continue;
            }
            Fields f = new Fields(mapping, problems, Message.of("what.committee"), FIELDS);
            Optional<String> slug = f.slug("slug", "slug: byraadet");
            Optional<String> name = f.required("name", "name: Byrådet");
            Optional<String> body = f.required("body", "body: Hjørring Kommune");
            Optional<CommitteeKind> kind = f.choice("kind", KINDS, "politisk, med, andet", "kind: politisk");
            ItemNumbering numbering = f.choice("numbering", NUMBERINGS, "møde, år, løbende", null).orElse(ItemNumbering.RUNNING);
            if (slug.isPresent() && bySlug.containsKey(slug.get())) {
                problems.error(f.at("slug"), Message.of("committee.duplicate", slug.get(),
                        String.valueOf(firstAt.get(slug.get()).line())));
                continue;
            }
            if (slug.isEmpty() || name.isEmpty() || body.isEmpty() || kind.isEmpty()) continue;
            bySlug.put(slug.get(), new Committee(slug.get(), name.get(), body.get(), kind.get(), f.text("description", ""), numbering));
            firstAt.put(slug.get(), f.at("slug"));
        }
        return new ArrayList<>(bySlug.values());
    }
}
