package dk.referat.render;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A page the site will have: its address now; what it reads and its view only when asked. Building
 * views lazily, inside the parallel render, keeps memory per page rather than per site: a
 * 20,000-record site's views never exist all at once.
 *
 * @param path   site-absolute address ("/x/2020-02-12/", "/404.html")
 * @param inputs the {@link Inputs} names of everything the page's view reads from the records
 */
public record PlannedPage(String path, Supplier<List<String>> inputs, Supplier<PageJob> job) {
    public PlannedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(job, "job");
    }

    /** A page that reads nothing from the records (the search page, the accessibility statement). */
    public PlannedPage(String path, Supplier<PageJob> job) {
        this(path, List::of, job);
    }
}
