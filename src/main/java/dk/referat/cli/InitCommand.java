package dk.referat.cli;

import dk.referat.diagnostics.Catalogue;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code referat init FOLDER}: a new site repository that builds with one command and passes check. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
    private static final String TEMPLATES = "referat/init/";

    @Mixin
    LanguageOption lang;

    @Parameters(index = "0", paramLabel = "FOLDER", descriptionKey = "folder")
    Path folder;

    @Option(names = "--title", defaultValue = "Referater", paramLabel = "TITLE")
    String title;

    @Option(names = "--body", defaultValue = "Eksempel Kommune", paramLabel = "NAME")
    String body;

    @Override
    public Integer call() {
        Catalogue words = lang.words();
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || hasFiles(folder))) {
                System.err.println("Referat: " + words.say("init.not-empty", folder.toString()));
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
            System.out.println("Referat: " + words.say("init.done", folder.toString()));
            return 0;
        } catch (IOException e) {
            System.err.println("Referat: " + words.say("init.unwritable", String.valueOf(e.getMessage())));
            return 1;
        }
    }

    private static boolean hasFiles(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.findAny().isPresent();
        }
    }
}
