package dk.referat.output;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.ToldFailure;
import dk.referat.render.Syndication;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Writes Atom 1.0 feeds with Rome. */
public final class AtomWriter {
    private AtomWriter() {
    }

    public static String write(Syndication.Feed feed) {
        SyndFeed out = new SyndFeedImpl();
        out.setFeedType("atom_1.0");
        out.setUri(feed.id());
        out.setTitle(feed.title());
        out.setLanguage("da");
        // Atom requires an author for a feed whose entries name none.
        com.rometools.rome.feed.synd.SyndPerson author = new com.rometools.rome.feed.synd.SyndPersonImpl();
        author.setName(feed.title());
        out.setAuthors(List.of(author));
        out.setPublishedDate(Date.from(feed.updated().toInstant()));
        out.setLinks(List.of(link(feed.pageUrl(), "alternate", "text/html"),
                link(feed.selfUrl(), "self", "application/atom+xml")));
        List<SyndEntry> entries = new ArrayList<>();
        for (Syndication.FeedEntry e : feed.entries()) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri(e.id());
            entry.setTitle(e.title());
            entry.setLink(e.url());
            entry.setUpdatedDate(Date.from(e.updated().toInstant()));
            entry.setPublishedDate(Date.from(e.published().toInstant()));
            com.rometools.rome.feed.synd.SyndPerson body = new com.rometools.rome.feed.synd.SyndPersonImpl();
            body.setName(e.author());
            entry.setAuthors(List.of(body));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(e.summary());
            entry.setDescription(summary);
            com.rometools.rome.feed.synd.SyndCategory category = new com.rometools.rome.feed.synd.SyndCategoryImpl();
            category.setName(e.category());
            entry.setCategories(List.of(category));
            entries.add(entry);
        }
        out.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(out, true);
        } catch (FeedException e) {
            throw new ToldFailure(Message.of("feed.unwritable", feed.path(), Message.verbatim(String.valueOf(e.getMessage()))), e);
        }
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
