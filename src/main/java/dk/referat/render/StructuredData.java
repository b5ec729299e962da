package dk.referat.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referat.model.Meeting;
import dk.referat.resolve.Permalinks;
import java.util.LinkedHashMap;
import java.util.Map;

/** schema.org data for search engines, in the head of a meeting's page. */
public final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PageParts parts;

    public StructuredData(PageParts parts) {
        this.parts = parts;
    }

    /** A meeting as a schema.org Event, serialised for a script element. */
    public String event(Meeting m, String heading) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("name", heading + ", " + parts.labels().formats().shortDate(m.date()));
        data.put("startDate", m.start().isPresent() ? Labels.when(m).toString() : m.date().toString());
        m.end().ifPresent(end -> data.put("endDate", m.date().atTime(end).atZone(Labels.COPENHAGEN).toOffsetDateTime().toString()));
        data.put("eventStatus", m.cancelled() ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
        if (!m.location().isEmpty()) data.put("location", ordered("@type", "Place", "name", m.location()));
        data.put("organizer", ordered("@type", "Organization", "name", m.committee().name(),
                "parentOrganization", ordered("@type", "GovernmentOrganization", "name", m.committee().body())));
        data.put("url", parts.absolute(Permalinks.meeting(m)));
        data.put("inLanguage", "da");
        try {
            // No '<', '>' or '&' in the script element at all, so no content can change how HTML parses it.
            return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Key and value pairs in the order given: Map.of's order changes from run to run, and output must not. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], pairs[i + 1]);
        return map;
    }
}
