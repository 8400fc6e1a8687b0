package org.xiangli.kiosk.content.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.regex.Pattern;
import org.xiangli.kiosk.content.bundle.BundleException.Reason;

/**
 * The publisher key id a manifest claims, read before its signature is checked and only to pick the key to check it
 * with. The only place that looks at unverified JSON: a token stream over the manifest's first
 * {@link BundleFormat#PUBLISHER_WINDOW} bytes, top-level fields only, no tree and nothing kept but a 16-digit id.
 */
final class UnverifiedPublisher {

    private static final JsonFactory JSON = new JsonFactory();
    /** {@link org.xiangli.kiosk.keys.PublisherKey} ids: nothing else reaches a message or a log line. */
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

    private UnverifiedPublisher() {
    }

    static String of(byte[] window, String name) throws BundleException {
        try (JsonParser parser = JSON.createParser(window)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(name, "the manifest is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("publisher".equals(field)) {
                    String id = value == JsonToken.VALUE_STRING ? parser.getText() : "";
                    if (!KEY_ID.matcher(id).matches()) {
                        throw malformed(name, "the manifest names no valid publisher key id");
                    }
                    return id;
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            // The window ends inside the manifest, or the bytes are no JSON. Jackson's message quotes the input,
            // which a file from anywhere chose: it stays in the cause, out of the message.
            throw new BundleException(Reason.MALFORMED_MANIFEST, noPublisher(name), e);
        }
        throw new BundleException(Reason.MALFORMED_MANIFEST, noPublisher(name));
    }

    private static String noPublisher(String name) {
        return name + ": the manifest names no publisher key within its first " + BundleFormat.PUBLISHER_WINDOW
                + " bytes";
    }

    private static BundleException malformed(String name, String why) {
        return new BundleException(Reason.MALFORMED_MANIFEST, name + ": " + why);
    }
}
