package dk.referat.model;

import dk.referat.diagnostics.SourcePosition;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting as one record describes it: the agenda before, or the minutes after. Optional text
 * fields are empty strings when the record gives no value; nothing is ever invented.
 *
 * @param sourceFile the record's file as the editor knows it, for messages
 * @param addressAt  where the record sets its address (its slug: or date: line), for messages about it
 * @param slug       the last part of the meeting's address: the date, unless the record sets its own
 * @param title      the record's own heading ("Åben dagsorden"); empty when it has none
 * @param number     the meeting's number or name as the record gives it ("Møde nr.")
 * @param cancelled  the meeting was called off (aflyst); its calendar entry says so
 * @param publishFrom the day the record may be published from ({@code publish:}), if it says
 * @param corrections the corrections its editor wrote for citizens, newest first
 * @param history    when it was first published and last changed, from the site's git history
 */
public record Meeting(
        String sourceFile,
        SourcePosition addressAt,
        Committee committee,
        RecordType type,
        PublicationStatus status,
        Optional<LocalDate> publishFrom,
        LocalDate date,
        Optional<LocalTime> start,
        Optional<LocalTime> end,
        String location,
        String title,
        String number,
        String department,
        List<Participant> participants,
        List<Participant> absent,
        List<Participant> substitutes,
        String minuteTaker,
        String approval,
        List<String> tags,
        String slug,
        boolean cancelled,
        RichText preamble,
        List<AgendaItem> items,
        List<Correction> corrections,
        RecordHistory history) implements Publication {

    public Meeting {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(addressAt, "addressAt");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(publishFrom, "publishFrom");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(minuteTaker, "minuteTaker");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(preamble, "preamble");
        participants = List.copyOf(participants);
        absent = List.copyOf(absent);
        substitutes = List.copyOf(substitutes);
        tags = List.copyOf(tags);
        items = List.copyOf(items);
        corrections = List.copyOf(corrections);
        Objects.requireNonNull(history, "history");
    }

    /** The same record with its history, which is read from git once the record itself is read. */
    public Meeting withHistory(RecordHistory newHistory) {
        return new Meeting(sourceFile, addressAt, committee, type, status, publishFrom, date, start, end, location, title, number,
                department, participants, absent, substitutes, minuteTaker, approval, tags, slug, cancelled, preamble, items,
                corrections, newHistory);
    }

    @Override
    public String addressKey() {
        return committee.slug() + "/" + slug;
    }

    @Override
    public Removed removal(java.time.Instant time) {
        return new Removed.Meeting(committee, slug, type, date, time);
    }
}
