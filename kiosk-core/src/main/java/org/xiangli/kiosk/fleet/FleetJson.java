package org.xiangli.kiosk.fleet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The fleet's JSON: every payload is a record with {@code "v": 1}; fields without a value are left out; a reader
 * ignores fields it does not know (a newer kiosk may add some), but never a different {@code v}.
 */
public final class FleetJson {

    /** The payload version every message carries. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FleetJson() {
    }

    public static byte[] write(Object payload) {
        try {
            return MAPPER.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + payload.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Reads a payload; a malformed one, or one of another version, is an {@link IOException} with the reason. */
    public static <T> T read(byte[] json, Class<T> type) throws IOException {
        T value = MAPPER.readValue(json, type);
        if (value instanceof Versioned v && v.v() != VERSION) {
            throw new IOException("payload version " + v.v() + ", this side speaks " + VERSION);
        }
        return value;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A payload with the version field. */
    public interface Versioned {
        int v();
    }
}
