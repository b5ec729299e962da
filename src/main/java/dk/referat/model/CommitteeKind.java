package dk.referat.model;

/** What sort of body a committee is; the site groups and labels committees by it. */
public enum CommitteeKind {
    /** A political committee (udvalg, byråd). */
    POLITISK,
    /** A cooperation committee under the MED agreement (medindflydelse og medbestemmelse). */
    MED,
    ANDET
}
