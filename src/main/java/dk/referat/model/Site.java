package dk.referat.model;

import java.util.List;

/**
 * Everything the content says, checked and typed; published and draft alike (resolve decides what is
 * shown).
 *
 * @param removed the pages published once and no longer, from git, with the reasons editors gave
 */
public record Site(List<Committee> committees, List<Meeting> meetings, List<PlainPage> pages, List<Removed> removed,
                   List<RemovalReason> removalReasons) {

    public Site {
        committees = List.copyOf(committees);
        meetings = List.copyOf(meetings);
        pages = List.copyOf(pages);
        removed = List.copyOf(removed);
        removalReasons = List.copyOf(removalReasons);
    }
}
