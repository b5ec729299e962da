package dk.referat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code referat init FOLDER}: a new site repository that builds with one command and passes check. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a new site in FOLDER: pom.xml (with the Referat Maven plugin), data/committees.yaml, an example record, "
                + "jbake.properties with every setting explained, .gitignore, README.md and CI workflows for GitHub and GitLab.")
final class InitCommand implements Callable<Integer> {
    private static final String TEMPLATES = "referat/init/";

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The new site's folder: it must not exist, or be empty.")
    Path folder;

    @Option(names = "--title", defaultValue = "Referater", paramLabel = "TITLE", description = "The site's name. Default: ${DEFAULT-VALUE}.")
    String title;

    @Option(names = "--body", defaultValue = "Eksempel Kommune", paramLabel = "NAME",
            description = "The municipality or organisation the example committee belongs to. Default: ${DEFAULT-VALUE}.")
    String body;

    @Override
    public Integer call() {
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || hasFiles(folder))) {
                System.err.println("Referat: " + folder + " exists and is not empty; give a new folder");
                return 2;
            }
            Properties own = new Properties();
            try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream("referat/version.properties")) {
                own.load(in);
            }
            String date = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
            String name = folder.toAbsolutePath().normalize().getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            Map<String, String> values = Map.of("{{version}}", own.getProperty("version"), "{{groupId}}", own.getProperty("groupId"),
                    "{{artifactId}}", own.getProperty("artifactId"), "{{name}}", name.isEmpty() ? "referater" : name,
                    "{{title}}", title, "{{body}}", body, "{{date}}", date,
                    "{{yamlBody}}", "\"" + body.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            Map<String, String> files = new LinkedHashMap<>();
            files.put("pom.xml", "pom.xml");
            files.put("jbake.properties", "jbake.properties");
            files.put("committees.yaml", "data/committees.yaml");
            files.put("record.md", "content/byraadet/" + date + ".md");
            files.put("README.md", "README.md");
            files.put("gitignore", ".gitignore");
            files.put("github-workflow.yml", ".github/workflows/referat.yml");
            files.put("dependabot.yml", ".github/dependabot.yml");
            files.put("gitlab-ci.yml", ".gitlab-ci.yml");
            for (var file : files.entrySet()) {
                String text;
                try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(TEMPLATES + file.getKey())) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                for (var value : values.entrySet()) {
                    // A properties file reads a backslash as an escape.
                    String v = file.getKey().equals("jbake.properties") ? value.getValue().replace("\\", "\\\\") : value.getValue();
                    text = text.replace(value.getKey(), v);
                }
                Path target = folder.resolve(file.getValue());
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
            // Git keeps no empty folder; a dot file is neither a template nor an asset.
            for (String theme : new String[] {"templates", "assets"}) {
                Files.createDirectories(folder.resolve(theme));
                Files.writeString(folder.resolve(theme).resolve(".gitkeep"), "", StandardCharsets.UTF_8);
            }
            System.out.println("Referat: a new site in " + folder + "; build it with: cd " + folder + " && mvn package");
            return 0;
        } catch (IOException e) {
            System.err.println("Referat: the site could not be written: " + e.getMessage());
            return 1;
        }
    }

    private static boolean hasFiles(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.findAny().isPresent();
        }
    }
}
