package dk.referat.render;

import dk.referat.resolve.SiteIndex;
import java.util.stream.Stream;

/**
 * One kind of page the site has (a meeting's page, a case's, the home page): which pages of the kind
 * there are, each one's address, what its view reads of the records, and its view. The kinds the
 * site has are listed in one place, {@link PagePlanner}.
 *
 * <p>What a page reads is named next to the view it builds: a view that starts reading something
 * more must say so in {@link #reads}, or {@code serve} would leave its page stale (the incremental
 * build tests compare every page with a full build's after each kind of edit).
 *
 * @param <T> what one page of the kind is about: a meeting, a case; the site itself for a page of its own
 */
public interface PageKind<T> {

    /** What the kind has a page for, in a fixed order. */
    Stream<T> subjects(SiteIndex index);

    /** The page's site-absolute address ("/x/2020-02-12/", "/404.html"), known before its view is made. */
    String address(T subject);

    /** Tells {@code in} everything the page's view reads from the records; a page that reads nothing says nothing. */
    default void reads(T subject, SiteIndex index, Inputs in) {
    }

    /** The page's view, made only when the page is rendered. */
    PageJob view(T subject, SiteIndex index);

    /** The kind's pages, each view and list of reads made only when asked for. */
    default Stream<PlannedPage> pages(SiteIndex index) {
        return subjects(index).map(s -> new PlannedPage(address(s), in -> reads(s, index, in), () -> view(s, index)));
    }

    /** A kind that is one page of the site's own (the search page, the 404 page): its subject is the site. */
    interface Single extends PageKind<SiteIndex> {
        String address();

        @Override
        default Stream<SiteIndex> subjects(SiteIndex index) {
            return Stream.of(index);
        }

        @Override
        default String address(SiteIndex index) {
            return address();
        }
    }
}
