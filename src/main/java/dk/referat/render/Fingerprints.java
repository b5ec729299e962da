package dk.referat.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A page's fingerprint: a checksum of everything its template is given, plus what every page shares
 * (the templates themselves, the case numbers that become links). Two builds that give a page the
 * same fingerprint give it the same bytes, so an incremental build renders only the pages whose
 * fingerprint changed: exactly the pages that depend on what changed, and nothing stale.
 */
public final class Fingerprints {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Fingerprints() {
    }

    public static String of(PageJob job, String shared) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(shared.getBytes(StandardCharsets.UTF_8));
            digest.update(job.template().getBytes(StandardCharsets.UTF_8));
            digest.update(JSON.writeValueAsBytes(job.context()));
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint " + job.path(), e);
        }
    }

    public static String of(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) digest.update((part + "\u0000").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
