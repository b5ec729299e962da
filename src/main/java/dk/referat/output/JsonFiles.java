package dk.referat.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.referat.render.OpenData;
import java.util.List;

/** Writes the open-data files as indented JSON, fields in a fixed order, so builds are byte-identical. */
public final class JsonFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    public static void write(List<OpenData.File> files, SiteWriter writer) {
        for (OpenData.File file : files) {
            try {
                writer.write(file.path(), MAPPER.writeValueAsString(file.body()) + "\n");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write " + file.path() + ": " + e.getMessage(), e);
            }
        }
    }
}
