package dk.referat.model;

/** How a committee numbers its agenda items from one meeting to the next, as {@code referat new meeting} continues it. */
public enum ItemNumbering {
    /** Each meeting starts at 1. */
    MEETING,
    /** The items count on through the calendar year and start at 1 in January. */
    YEAR,
    /** The items count on from meeting to meeting, across years. */
    RUNNING
}
