package org.xiangli.kiosk.payments.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one ledger part (a JSON array of payers) payer by payer from a stream, so a ledger of any size is never
 * in memory at once: only the payer being parsed. Every fault is a {@link LedgerException} naming the part and
 * the payer's position, never a personal value.
 */
final class LedgerPartReader {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    private LedgerPartReader() {
    }

    /** Parses the whole of {@code in} as one part; returns the number of payers. */
    static int read(InputStream in, String part, LedgerBundle.PayerSink sink) throws LedgerException {
        int count = 0;
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new LedgerException(part + ": a ledger part must be a JSON array of payers");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                count++;
                JsonNode node = parser.readValueAsTree();
                sink.accept(LedgerJson.payer(node, part + ", payer " + count));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new LedgerException(part + ", payer " + (count + 1) + ": not a JSON object");
            }
            if (parser.nextToken() != null) {
                throw new LedgerException(part + ": data after the array of payers");
            }
            return count;
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input; a location is all a technician needs.
            throw new LedgerException(part + ": not valid JSON at " + (e.getLocation() == null ? "?"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new LedgerException(part + ": cannot read it: " + e.getMessage(), e);
        }
    }
}
