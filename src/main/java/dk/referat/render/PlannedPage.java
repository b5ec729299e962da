package dk.referat.render;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A page the site will have: its address now, its view only when it is rendered. Building views
 * lazily, inside the parallel render, keeps memory per page rather than per site: a 20,000-record
 * site's views never exist all at once.
 *
 * @param path site-absolute address ("/x/2020-02-12/", "/404.html")
 */
public record PlannedPage(String path, Supplier<PageJob> job) {
    public PlannedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(job, "job");
    }
}
