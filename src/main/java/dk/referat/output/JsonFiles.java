package dk.referat.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.referat.render.OpenData;

/** Writes the open-data files as indented JSON, fields in a fixed order, so builds are byte-identical. */
public final class JsonFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    public static void write(OpenData.File file, SiteWriter writer) {
        try {
            writer.write(file.path(), MAPPER.writeValueAsString(file.body()) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + file.path() + ": " + e.getMessage(), e);
        }
    }
}
