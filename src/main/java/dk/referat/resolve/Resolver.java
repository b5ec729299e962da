package dk.referat.resolve;

import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import dk.referat.model.AgendaItem;
import dk.referat.model.Attachment;
import dk.referat.model.AttachmentFile;
import dk.referat.model.Committee;
import dk.referat.model.Meeting;
import dk.referat.model.PlainPage;
import dk.referat.model.PublicationStatus;
import dk.referat.model.RemovalReason;
import dk.referat.model.Removed;
import dk.referat.model.Site;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The "resolve" step: decides what is published and where, finds address conflicts, and builds the
 * {@link SiteIndex}. Everything here is a sort or a map look-up: the cost grows with the number of
 * records, not with its square.
 */
public final class Resolver {
    private static final int LATEST = 10;
    /** Newest first; for one day, the committee and then the address keep the order stable. */
    private static final Comparator<Meeting> NEWEST_FIRST = Comparator.comparing(Meeting::date).reversed()
            .thenComparing(m -> m.committee().slug()).thenComparing(Meeting::slug);

    private Resolver() {
    }

    public static SiteIndex resolve(Site site, Locale language, Problems problems) {
        Collator collator = Collator.getInstance(language);
        List<Committee> committees = site.committees().stream()
                .sorted(Comparator.comparing(Committee::name, collator)).toList();
        List<Meeting> published = site.meetings().stream()
                .filter(m -> m.status() == PublicationStatus.PUBLISHED).sorted(NEWEST_FIRST).toList();
        List<PlainPage> pages = site.pages().stream()
                .filter(p -> p.status() == PublicationStatus.PUBLISHED)
                .sorted(Comparator.comparing(PlainPage::contentPath)).toList();

        checkAddresses(committees, published, pages, problems);

        Map<String, List<Meeting>> byCommittee = new LinkedHashMap<>();
        committees.forEach(c -> byCommittee.put(c.slug(), new ArrayList<>()));
        published.forEach(m -> byCommittee.get(m.committee().slug()).add(m));

        Map<String, Neighbours> neighbours = new HashMap<>();
        for (List<Meeting> newestFirst : byCommittee.values()) {
            for (int i = 0; i < newestFirst.size(); i++) {
                Optional<Meeting> next = i > 0 ? Optional.of(newestFirst.get(i - 1)) : Optional.empty();
                Optional<Meeting> previous = i + 1 < newestFirst.size() ? Optional.of(newestFirst.get(i + 1)) : Optional.empty();
                neighbours.put(Permalinks.meeting(newestFirst.get(i)), new Neighbours(previous, next));
            }
        }

        // The attachments are indexed on the other core while relations and cases are.
        java.util.concurrent.CompletableFuture<Map<String, AttachmentEntry>> indexing =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> AttachmentIndexer.index(published, problems));
        Map<String, List<ItemLink>> relations = new RelationResolver(committees, site.meetings()).resolve(published, problems);
        CaseIndexer.Result cases = CaseIndexer.index(published, relations);
        Map<String, AttachmentEntry> attachments = joined(indexing);

        byCommittee.replaceAll((k, v) -> List.copyOf(v));
        return new SiteIndex(committees, Map.copyOf(byCommittee), Map.copyOf(neighbours),
                published.stream().limit(LATEST).toList(), pages, attachments,
                cases.cases(), cases.classifications(), relations, cases.positions(), byYear(published),
                removed(site, published, pages, problems));
    }

    /**
     * The pages published once and no longer, each once, newest removal first: a notice stands at each
     * address no page of the site takes now. A reason given for an address that is no such page is a warning.
     */
    private static List<RemovedPage> removed(Site site, List<Meeting> published, List<PlainPage> pages, Problems problems) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        published.forEach(m -> taken.add(Permalinks.meeting(m)));
        pages.forEach(p -> taken.add(Permalinks.page(p)));
        Map<String, Removed> latest = new TreeMap<>();
        for (Removed r : site.removed()) {
            String address = Permalinks.removed(r);
            if (taken.contains(address)) continue;
            latest.merge(address, r, (a, b) -> a.removed().isAfter(b.removed()) ? a : b);
        }
        Map<String, String> reasons = new HashMap<>();
        for (RemovalReason reason : site.removalReasons()) {
            if (latest.containsKey(reason.page())) {
                reasons.put(reason.page(), reason.reason());
            } else {
                Message unknown = Message.of("removed.reason.unknown", reason.page());
                problems.warning(reason.at(), taken.contains(reason.page()) ? Message.of("removed.reason.on-site", reason.page()) : unknown,
                        unknown.fix());
            }
        }
        return latest.entrySet().stream().map(e -> new RemovedPage(e.getKey(), e.getValue(), reasons.getOrDefault(e.getKey(), "")))
                .sorted(Comparator.comparing((RemovedPage p) -> p.removed().removed()).reversed().thenComparing(RemovedPage::address))
                .toList();
    }

    /**
     * What resolving finds in some records' relations, looked up against the whole site: after an
     * edit that keeps a record's shape ({@link IndexPatch}), the only problems resolve could report
     * differently, and then only where they point in the file.
     */
    public static void checkRelations(Site site, List<Meeting> records, Problems problems) {
        new RelationResolver(site.committees(), site.meetings()).resolve(records, problems);
    }

    /** The result, or the failure as it was thrown, not wrapped. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /** {@code published} is newest first already, so each year's list is too. */
    private static Map<Integer, List<Meeting>> byYear(List<Meeting> published) {
        Map<Integer, List<Meeting>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Meeting m : published) years.computeIfAbsent(m.date().getYear(), y -> new ArrayList<>()).add(m);
        years.replaceAll((y, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(years);
    }

    /** Two sources that would write the same page are an error: the second would silently replace the first. */
    private static void checkAddresses(List<Committee> committees, List<Meeting> meetings, List<PlainPage> pages,
                                       Problems problems) {
        // What takes each address: the site's own pages in words, a record or page by its file.
        Map<String, Object> taken = new HashMap<>();
        taken.put(Permalinks.HOME, Message.of("address.home"));
        taken.put(Permalinks.ASSETS, Message.of("address.assets"));
        taken.put(Permalinks.ATTACHMENTS, Message.of("address.attachments"));
        taken.put(Permalinks.ATTACHMENT_REPORT, Message.of("address.attachment-report"));
        taken.put(Permalinks.STATEMENT, Message.of("address.statement"));
        taken.put(Permalinks.WAS, Message.of("address.was"));
        taken.put(Permalinks.SEARCH, Message.of("address.search"));
        taken.put(Permalinks.YEARS, Message.of("address.years"));
        taken.put(Permalinks.CASES, Message.of("address.cases"));
        taken.put(Permalinks.CLASSIFICATIONS, Message.of("address.classifications"));
        for (Committee c : committees) {
            Object other = taken.putIfAbsent(Permalinks.committee(c), Message.of("address.committee", c.slug()));
            if (other != null) {
                problems.error(SourcePosition.wholeFile("data/committees.yaml"),
                        Message.of("address.committee.taken", c.slug(), Permalinks.committee(c), other));
            }
        }
        List<Meeting> byFile = meetings.stream().sorted(Comparator.comparing(Meeting::sourceFile)).toList();
        for (Meeting meeting : byFile) {
            String address = Permalinks.meeting(meeting);
            Object other = taken.putIfAbsent(address, meeting.sourceFile());
            if (other != null) {
                problems.error(meeting.addressAt(), Message.of("address.record.taken", address, other, String.valueOf(meeting.date())));
            }
        }
        for (PlainPage page : pages) {
            String address = Permalinks.page(page);
            Object other = taken.putIfAbsent(address, page.sourceFile());
            if (other != null) {
                problems.error(SourcePosition.wholeFile(page.sourceFile()), Message.of("address.page.taken", address, other));
            }
        }
    }
}
