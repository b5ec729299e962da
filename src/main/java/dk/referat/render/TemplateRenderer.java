package dk.referat.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The build's one Pebble engine: autoescaping on (only HTML Referat produced is marked {@code raw}),
 * strict variables on (a misspelt variable is an error, not an empty string). A site's own
 * templates/ folder overrides the bundled templates file by file.
 */
public final class TemplateRenderer {
    public static final String BUNDLED_TEMPLATES = "referat/theme/templates";
    public static final String BUNDLED_ASSETS = "referat/theme/assets";
    private static final String SUFFIX = ".peb";

    private final PebbleEngine engine;

    public TemplateRenderer(Path siteTemplates, Locale locale) {
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            FileLoader own = new FileLoader();
            own.setPrefix(siteTemplates.toAbsolutePath().toString());
            own.setSuffix(SUFFIX);
            loaders.add(own);
        }
        ClasspathLoader bundled = new ClasspathLoader(TemplateRenderer.class.getClassLoader());
        bundled.setPrefix(BUNDLED_TEMPLATES);
        bundled.setSuffix(SUFFIX);
        loaders.add(bundled);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(locale)
                .build();
    }

    /**
     * Whether the site's templates/ or assets/ change any page from what Referat's own theme makes: a
     * file that is not a copy of the bundled one of its name. Referat's tests check its own theme in a
     * browser, not a site's (its stylesheet alone can break reflow or contrast).
     */
    public static boolean hasOwnTheme(Path siteTemplates, Path siteAssets) {
        return differs(siteTemplates, BUNDLED_TEMPLATES) || differs(siteAssets, BUNDLED_ASSETS);
    }

    private static boolean differs(Path folder, String bundledFolder) {
        if (!Files.isDirectory(folder)) return false;
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                try (var bundled = TemplateRenderer.class.getClassLoader().getResourceAsStream(bundledFolder + "/" + name)) {
                    if (bundled == null || !java.util.Arrays.equals(bundled.readAllBytes(), Files.readAllBytes(file))) return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /** @throws PebbleException when a template is broken or uses a variable it was not given */
    public String render(PageJob job) {
        Text out = new Text();
        try {
            engine.getTemplate(job.template()).evaluate(out, job.context());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.text.toString();
    }

    /** A Writer over a StringBuilder: StringWriter's StringBuffer takes a lock for every piece Pebble writes. */
    private static final class Text extends java.io.Writer {
        private final StringBuilder text = new StringBuilder(40 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public java.io.Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
