package dk.referat.model;

/** One treatment of a matter: an item at a meeting. */
public record Treatment(Meeting meeting, AgendaItem item) {
}
