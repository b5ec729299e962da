package dk.referat.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything a build needs to know about a site, read once from {@code jbake.properties}.
 *
 * @param root        the site folder
 * @param destination where the finished site goes (replaced whole, only on success)
 * @param siteHost    the public address ending in '/', or empty when the site is only ever linked relatively
 * @param accessibility what the accessibility statement says
 * @param search      whether to build the search index (Pagefind, which needs Node.js)
 * @param pagesOnly   write only the pages, assets and attachment files: no feeds, calendars, open data or
 *                    search index (a quick preview, and the benchmark's "pages alone")
 * @param hideClosedTitles publish a closed item as "Lukket punkt" instead of by its title
 *                    ({@code referat.closed.titles=hidden})
 * @param editUrl     the hosting repository's address for editing a file, to which the file's path is
 *                    added (e.g. https://github.com/kommune/referater/edit/main/); empty for no edit links
 * @param searchTimeout how long the search index may take before the build gives up ({@code referat.search.timeout}, minutes)
 * @param buildTime   the moment the build is made as of: whether a publish date has come, what "today" is. The
 *                    clock, unless {@code SOURCE_DATE_EPOCH} (seconds) sets it, as reproducible builds do
 */
public record SiteConfig(
        Path root,
        Path content,
        Path data,
        Path templates,
        Path assets,
        Path destination,
        String siteHost,
        String siteTitle,
        Locale language,
        AccessibilityStatement accessibility,
        boolean search,
        boolean pagesOnly,
        boolean hideClosedTitles,
        String editUrl,
        java.time.Duration searchTimeout,
        java.time.Instant buildTime) {

    public SiteConfig {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(siteHost, "siteHost");
        Objects.requireNonNull(siteTitle, "siteTitle");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(accessibility, "accessibility");
        Objects.requireNonNull(searchTimeout, "searchTimeout");
        Objects.requireNonNull(buildTime, "buildTime");
    }

    /** A copy that writes somewhere else: the command line's {@code --output}, or a test's temporary folder. */
    public SiteConfig withDestination(Path newDestination) {
        return new SiteConfig(root, content, data, templates, assets,
                Objects.requireNonNull(newDestination, "newDestination"), siteHost, siteTitle, language, accessibility, search, pagesOnly, hideClosedTitles, editUrl, searchTimeout, buildTime);
    }

    /** A copy with search switched on or off: the command line's --no-search, or tests that need no index. */
    public SiteConfig withSearch(boolean on) {
        return new SiteConfig(root, content, data, templates, assets, destination, siteHost, siteTitle, language,
                accessibility, on, pagesOnly, hideClosedTitles, editUrl, searchTimeout, buildTime);
    }

    /** A copy that writes the pages alone, or everything: the command line's --pages-only. */
    public SiteConfig withPagesOnly(boolean on) {
        return new SiteConfig(root, content, data, templates, assets, destination, siteHost, siteTitle, language,
                accessibility, search && !on, on, hideClosedTitles, editUrl, searchTimeout, buildTime);
    }

    /** A copy with another time limit for the search index: for tests of a Pagefind that never finishes. */
    public SiteConfig withSearchTimeout(java.time.Duration timeout) {
        return new SiteConfig(root, content, data, templates, assets, destination, siteHost, siteTitle, language,
                accessibility, search, pagesOnly, hideClosedTitles, editUrl, Objects.requireNonNull(timeout, "timeout"), buildTime);
    }

    /** A copy made as of another moment: a test of a publish date, or a build of the past. */
    public SiteConfig withBuildTime(java.time.Instant time) {
        return new SiteConfig(root, content, data, templates, assets, destination, siteHost, siteTitle, language,
                accessibility, search, pagesOnly, hideClosedTitles, editUrl, searchTimeout, Objects.requireNonNull(time, "time"));
    }

    /** The build's day in Denmark, where the records' dates are. */
    public java.time.LocalDate today() {
        return buildTime.atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate();
    }

    /** A file's name as the editor knows it: relative to the site folder, with '/' separators. */
    public String displayName(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) ? base.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
