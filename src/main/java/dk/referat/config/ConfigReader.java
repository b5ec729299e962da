package dk.referat.config;

import dk.referat.diagnostics.BuildFailedException;
import dk.referat.diagnostics.BuildStep;
import dk.referat.diagnostics.Message;
import dk.referat.diagnostics.Problem;
import dk.referat.diagnostics.Problems;
import dk.referat.diagnostics.SourcePosition;
import dk.referat.guard.CprGuard;
import dk.referat.diagnostics.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads {@code jbake.properties}: each {@link Setting}, checked as its kind requires.
 */
public final class ConfigReader {
    public static final String FILE_NAME = "jbake.properties";

    private ConfigReader() {
    }

    public static SiteConfig read(Path siteRoot) {
        Objects.requireNonNull(siteRoot, "siteRoot");
        Path root = siteRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw fail(root.toString(), Message.of("config.site.missing", FILE_NAME));
        }
        Properties props = new Properties();
        Path file = root.resolve(FILE_NAME);
        List<Problem> problems = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                props.load(new java.io.StringReader(text));
                // The site's title, the statement's organisation and contact are on every page.
                Problems cpr = new Problems();
                CprGuard.scan(text, new SourcePosition(FILE_NAME, 1, 1), dk.referat.diagnostics.Message.NONE,
                        dk.referat.diagnostics.Message.of("cpr.fix.setting"), cpr);
                problems.addAll(cpr.errors());
                for (String key : props.stringPropertyNames().stream().sorted().toList()) {
                    props.getProperty(key).chars().filter(c -> dk.referat.guard.ControlCharacters.isControl((char) c)).findFirst()
                            .ifPresent(c -> problems.add(problem(Message.of("config.control-character", key,
                                    String.format(Locale.ROOT, "%04X", c)))));
                }
            } catch (IOException | IllegalArgumentException e) {
                throw fail(FILE_NAME, Message.of("config.unreadable", Message.verbatim(String.valueOf(e.getMessage()))));
            }
        }
        String encoding = Setting.RENDER_ENCODING.in(props);
        if (!encoding.equalsIgnoreCase("UTF-8")) {
            problems.add(problem(Message.of("config.encoding", encoding)));
        }
        String language = Setting.LANGUAGE.in(props);
        if (!language.matches("[a-z]{2}")) {
            problems.add(problem(Message.of("config.language.code", language)));
        }
        String host = Setting.SITE_HOST.in(props);
        if (!host.isEmpty() && !isHttpAddress(host)) {
            problems.add(problem(Message.of("config.host", host)));
        }
        if (ConfigReader.class.getClassLoader().getResource("referat/messages_" + language + ".properties") == null
                && language.matches("[a-z]{2}")) {
            problems.add(problem(Message.of("config.language.texts", language)));
        }
        Optional<LocalDate> reviewed = Optional.empty();
        String reviewedText = Setting.ACCESSIBILITY_REVIEWED.in(props);
        if (!reviewedText.isEmpty()) {
            try {
                reviewed = Optional.of(LocalDate.parse(reviewedText));
            } catch (DateTimeParseException e) {
                problems.add(problem(Message.of("config.reviewed", reviewedText)));
            }
        }
        String was = Setting.ACCESSIBILITY_WAS.in(props);
        if (!was.isEmpty() && !was.matches("https://\\S+")) {
            problems.add(problem(Message.of("config.was", was)));
        }
        String contact = Setting.ACCESSIBILITY_CONTACT.in(props).replaceFirst("^(?i)mailto:", "");
        if (!contact.isEmpty() && !contact.matches("[^@\\s/:]+@[^@\\s/:]+\\.[^@\\s/:]+") && !contact.matches("https?://[^\\s]+")) {
            problems.add(problem(Message.of("config.contact", AccessibilityStatement.CONTACT, contact)));
        }
        String editUrl = Setting.EDIT_URL.in(props);
        if (!editUrl.isEmpty() && !editUrl.matches("https?://[^\\s]+")) {
            problems.add(problem(Message.of("config.edit-url", editUrl)));
        }
        String search = Setting.SEARCH.in(props);
        if (!search.equals("on") && !search.equals("off")) {
            problems.add(problem(Message.of("config.search", search)));
        }
        String timeout = Setting.SEARCH_TIMEOUT.in(props);
        if (!timeout.matches("[1-9]\\d{0,4}")) {
            problems.add(problem(Message.of("config.search-timeout", timeout)));
        }
        String closedTitles = Setting.CLOSED_TITLES.in(props);
        if (!closedTitles.equals("shown") && !closedTitles.equals("hidden")) {
            problems.add(problem(Message.of("config.closed-titles", closedTitles)));
        }
        if (!problems.isEmpty()) throw new BuildFailedException(BuildStep.CONFIGURE, problems);
        String deviations = Setting.ACCESSIBILITY_DEVIATIONS.isSetIn(props) ? Setting.ACCESSIBILITY_DEVIATIONS.in(props) : null;
        AccessibilityStatement statement = new AccessibilityStatement(
                Setting.ACCESSIBILITY_ORGANISATION.in(props), contact, reviewed,
                Optional.ofNullable(deviations).map(d -> Arrays.stream(d.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()),
                was);
        if (!host.isEmpty() && !host.endsWith("/")) host = host + "/";

        return new SiteConfig(
                root,
                root.resolve(Setting.CONTENT_FOLDER.in(props)),
                root.resolve(Setting.DATA_FOLDER.in(props)),
                root.resolve(Setting.TEMPLATE_FOLDER.in(props)),
                root.resolve(Setting.ASSET_FOLDER.in(props)),
                root.resolve(Setting.DESTINATION_FOLDER.in(props)),
                host,
                Setting.SITE_TITLE.in(props),
                Locale.forLanguageTag(language),
                statement,
                search.equals("on"),
                false,
                closedTitles.equals("hidden"),
                editUrl,
                java.time.Duration.ofMinutes(Long.parseLong(timeout)),
                buildTime());
    }

    /** Now, or the moment SOURCE_DATE_EPOCH gives (seconds since 1970), as reproducible builds set it. */
    private static java.time.Instant buildTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) return java.time.Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        return java.time.Instant.now();
    }

    /**
     * A warning for each referat.* key in jbake.properties that Referat does not read, naming the
     * closest one: a misspelt key, or one a later Referat renamed, must not pass as if it were in
     * effect. JBake's own keys that Referat does not use are left alone.
     */
    public static List<Problem> unknownKeys(Path siteRoot) {
        Path file = siteRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return List.of();
        List<Problem> warnings = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) continue;
                String key = line.split("[=:\\s]", 2)[0];
                if (!key.startsWith("referat.") || Setting.REFERAT_KEYS.contains(key)) continue;
                String near = dk.referat.diagnostics.Similar.closest(key, Setting.REFERAT_KEYS);
                Message unknown = Message.of("config.setting.unknown", key);
                warnings.add(new Problem(FILE_NAME, i + 1, 1, Severity.WARNING, unknown,
                        near != null ? Message.of("resolve.did-you-mean", near, unknown.fix()) : unknown.fix()));
            }
        } catch (IOException e) {
            // read() has reported an unreadable file already.
        }
        return warnings;
    }

    /** An http(s) address a URI can hold: a space or a stray character would stop the build later, less clearly. */
    private static boolean isHttpAddress(String address) {
        if (!address.matches("https?://[^\\s]+")) return false;
        try {
            java.net.URI uri = new java.net.URI(address);
            return uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** An error in jbake.properties as a whole, with its message's own hint. */
    private static Problem problem(Message message) {
        return Problem.of(SourcePosition.wholeFile(FILE_NAME), Severity.ERROR, message);
    }

    private static BuildFailedException fail(String file, Message message) {
        return new BuildFailedException(BuildStep.CONFIGURE, List.of(Problem.of(SourcePosition.wholeFile(file), Severity.ERROR, message)));
    }
}
