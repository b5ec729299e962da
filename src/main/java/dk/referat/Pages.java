package dk.referat;

import dk.referat.config.SiteConfig;
import dk.referat.diagnostics.BuildStep;
import dk.referat.diagnostics.Message;
import dk.referat.postprocess.PostProcessor;
import dk.referat.render.Messages;
import dk.referat.render.PageJob;
import dk.referat.render.PagePlanner;
import dk.referat.render.PlannedPage;
import dk.referat.render.TemplateRenderer;
import dk.referat.resolve.Permalinks;
import dk.referat.resolve.SiteIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The render and postprocess steps of a build, set up once and shared by every page: the planner,
 * the one Pebble engine and the transformers. A full build and {@code serve}'s rebuilds make pages
 * the same way, through {@link #html}.
 */
public final class Pages {
    private final SiteConfig config;
    private final Messages messages;
    private final TemplateRenderer templates;
    private final PagePlanner planner;
    private final Map<String, String> numberLinks;
    private final PostProcessor post;

    private Pages(SiteConfig config, Messages messages, TemplateRenderer templates, PagePlanner planner,
                  Map<String, String> numberLinks) {
        this.config = config;
        this.messages = messages;
        this.templates = templates;
        this.planner = planner;
        this.numberLinks = Map.copyOf(numberLinks);
        this.post = PostProcessor.standard(this.numberLinks, messages, config.siteHost());
    }

    /** @throws dk.referat.diagnostics.BuildFailedException when the templates cannot be set up */
    public static Pages prepare(SiteConfig config, SiteIndex index) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(index, "index");
        Messages messages = BuildStep.RENDER.run(Message.of("work.interface-texts"), () -> new Messages(config.language()));
        TemplateRenderer templates = BuildStep.RENDER.run(Message.of("work.templates"), () -> new TemplateRenderer(config.templates(), config.language()));
        PagePlanner planner = new PagePlanner(messages, config.siteTitle(), config.siteHost(), config.accessibility(),
                TemplateRenderer.hasOwnTheme(config.templates(), config.assets()), config.editUrl(), index.pages(), config.buildTime());
        return new Pages(config, messages, templates, planner, numberLinks(index));
    }

    /**
     * The same set-up for a changed index. Every page's running text links the site's case and KLE
     * numbers, so when the set of numbers changed, so may any meeting page: {@link #numbersChangedFrom} tells which.
     */
    public Pages with(SiteIndex index) {
        Map<String, String> links = numberLinks(index);
        return links.equals(numberLinks) ? this : new Pages(config, messages, templates, planner, links);
    }

    /** The numbers linked in one of the two builds and not, or elsewhere, in the other. */
    public java.util.Set<String> numbersChangedFrom(Pages other) {
        java.util.Set<String> changed = new java.util.TreeSet<>();
        for (var e : numberLinks.entrySet()) if (!e.getValue().equals(other.numberLinks.get(e.getKey()))) changed.add(e.getKey());
        for (var key : other.numberLinks.keySet()) if (!numberLinks.containsKey(key)) changed.add(key);
        return changed;
    }

    public PagePlanner planner() {
        return planner;
    }

    public List<PlannedPage> plan(SiteIndex index) {
        return planner.plan(index);
    }

    /** A finished page, and whether it goes into the search index. */
    public record Page(String html, boolean searchable) {
    }

    /** The page's finished HTML: its view built, rendered and post-processed, failures named with step and page. */
    public Page page(PlannedPage planned) {
        PageJob job = BuildStep.RENDER.run(planned.path(), () -> {
            PageJob made = planned.job().get();
            // The sitemap and the links were made from the planned address: the page must be there.
            if (!made.path().equals(planned.path())) {
                throw new IllegalStateException("the page planned at " + planned.path() + " was made for " + made.path());
            }
            return made;
        });
        String html = BuildStep.RENDER.run(job.path(), () -> templates.render(job));
        return new Page(BuildStep.POSTPROCESS.run(job.path(), () -> post.process(html, job.path())), job.searchable());
    }

    private static Map<String, String> numberLinks(SiteIndex index) {
        Map<String, String> links = new HashMap<>();
        index.classifications().keySet().forEach(code -> links.put(code, Permalinks.classification(code)));
        index.cases().values().forEach(c -> links.put(c.number().value(), SiteIndex.caseAddress(c)));
        return links;
    }
}
