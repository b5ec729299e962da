package dk.referat.assemble;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.model.RemovalReason;
import dk.referat.parse.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads data/removed.yaml: why pages were taken down, in the editor's words for citizens, each
 * {@code - page: /byraadet/2020-02-12/} with its {@code reason:}. Whether each page was published
 * and is gone is checked when the whole site is known (resolve).
 */
final class RemovalReasons {
    private RemovalReasons() {
    }

    static List<RemovalReason> read(YamlNode root, Problems problems) {
        List<RemovalReason> out = new ArrayList<>();
        if (!(root instanceof YamlNode.Sequence list)) {
            problems.error(root.at(), Message.of("removed.not-list", YamlNode.kind(root)));
            return out;
        }
        for (YamlNode node : list.items()) {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                problems.error(node.at(), Message.of("removed.not-fields"));
                continue;
            }
            Fields f = new Fields(mapping, problems, Message.of("what.removed-page"), Set.of("page", "reason"));
            var page = f.required("page", "page: /byraadet/2020-02-12/");
            var reason = f.required("reason", "reason: Fjernet efter aftale med …");
            if (page.isPresent() && !page.get().matches("/(?:[^\\s]*/)?")) {
                problems.error(f.at("page"), Message.of("removed.page.invalid", page.get()));
                continue;
            }
            if (page.isPresent() && reason.isPresent()) out.add(new RemovalReason(page.get(), reason.get(), f.at("page")));
        }
        return out;
    }
}
