package dk.referat.render;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A page the site will have: its address now; what it reads and its view only when asked. Building
 * views lazily, inside the parallel render, keeps memory per page rather than per site: a
 * 20,000-record site's views never exist all at once.
 *
 * @param path  site-absolute address ("/x/2020-02-12/", "/404.html")
 * @param reads tells an {@link Inputs} everything the page's view reads from the records
 */
public record PlannedPage(String path, Consumer<Inputs> reads, Supplier<PageJob> job) {
    public PlannedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(job, "job");
    }

    /** A page that reads nothing from the records (the search page, the accessibility statement). */
    public PlannedPage(String path, Supplier<PageJob> job) {
        this(path, in -> { }, job);
    }

    /** By record file (or matter), the {@link Inputs} bits of what the page reads. */
    public Map<String, Long> inputs() {
        Inputs in = new Inputs();
        reads.accept(in);
        return in.read();
    }
}
