package dk.referat.model;

import java.time.Instant;

/**
 * What one content file holds, once read: a meeting's record or a plain page. Sealed, so that code
 * which reads files (a full build, {@code serve}, git history) handles both and nothing else.
 */
public sealed interface Publication permits Meeting, PlainPage {

    /** The file as the editor knows it ("content/byraadet/2020-02-12.md"). */
    String sourceFile();

    PublicationStatus status();

    default boolean isPublished() {
        return status() == PublicationStatus.PUBLISHED;
    }

    /** What says where it is published: a meeting's committee and slug, a page's path. Two versions with the same are one page. */
    String addressKey();

    /** What stands in for it once it stops being published, as of {@code time}. */
    Removed removal(Instant time);
}
