package dk.referat.model;

/** Whether a record is the agenda sent before a meeting or the minutes written after it. */
public enum RecordType {
    DAGSORDEN,
    REFERAT
}
