package dk.referat.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.referat.render.OpenData;

/**
 * Writes the open-data files as indented JSON, fields in a fixed order, so builds are byte-identical;
 * straight into the file, so an index of every record is never held whole.
 */
public final class JsonFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonFiles() {
    }

    public static void write(OpenData.File file, SiteWriter writer) {
        writer.write(file.path(), out -> {
            MAPPER.writeValue(out, file.body());
            out.write('\n');
        });
    }
}
