package dk.referat.model;

import java.util.List;

/** Everything the content says, checked and typed; published and draft alike (resolve decides what is shown). */
public record Site(List<Committee> committees, List<Meeting> meetings, List<PlainPage> pages) {

    public Site {
        committees = List.copyOf(committees);
        meetings = List.copyOf(meetings);
        pages = List.copyOf(pages);
    }
}
