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

    /** The site of these publications, meetings and pages told apart. */
    public static Site of(List<Committee> committees, java.util.Collection<? extends Publication> publications, List<Removed> removed,
                          List<RemovalReason> removalReasons) {
        List<Meeting> meetings = new java.util.ArrayList<>();
        List<PlainPage> pages = new java.util.ArrayList<>();
        for (Publication p : publications) {
            if (p instanceof Meeting m) meetings.add(m);
            else if (p instanceof PlainPage page) pages.add(page);
        }
        return new Site(committees, meetings, pages, removed, removalReasons);
    }

    public Site {
        committees = List.copyOf(committees);
        meetings = List.copyOf(meetings);
        pages = List.copyOf(pages);
        removed = List.copyOf(removed);
        removalReasons = List.copyOf(removalReasons);
    }
}
