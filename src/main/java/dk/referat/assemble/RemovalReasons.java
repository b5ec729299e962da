package dk.referat.assemble;

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
            problems.error(root.at(), "the list of removed pages must be a list, but it is " + YamlNode.describe(root),
                    "start each entry with '- page: /byraadet/2020-02-12/' and give its reason: on the next line");
            return out;
        }
        for (YamlNode node : list.items()) {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                problems.error(node.at(), "each removed page must be a page and a reason",
                        "write '- page: /byraadet/2020-02-12/' and, on the next line, '  reason: Fjernet efter aftale med …'");
                continue;
            }
            Fields f = new Fields(mapping, problems, "the removed page", Set.of("page", "reason"));
            var page = f.required("page", "page: /byraadet/2020-02-12/");
            var reason = f.required("reason", "reason: Fjernet efter aftale med …");
            if (page.isPresent() && !page.get().matches("/(?:[^\\s]*/)?")) {
                problems.error(f.at("page"), "'" + page.get() + "' is not a page's address on this site",
                        "write the address as the site shows it, starting and ending with /, for example /byraadet/2020-02-12/");
                continue;
            }
            if (page.isPresent() && reason.isPresent()) out.add(new RemovalReason(page.get(), reason.get(), f.at("page")));
        }
        return out;
    }
}
