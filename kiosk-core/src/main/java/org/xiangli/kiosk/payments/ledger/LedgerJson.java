package org.xiangli.kiosk.payments.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.xiangli.hal.card.CitizenIdNumber;
import org.xiangli.kiosk.payments.model.Payer;
import org.xiangli.kiosk.payments.model.PaymentItem;
import org.xiangli.kiosk.payments.model.PaymentRecord;
import org.xiangli.kiosk.payments.model.PaymentStatus;

/**
 * The JSON form of payers, shared by ledger bundles, the live service and the sealed store blobs:
 * <pre>{"id": "…18…", "name": "…", "address": "…", "phone_last4": "1234",
 *  "records": [{"bill": "…", "item": "water", "household": "…", "period": "2026-10", "amount_fen": 1250,
 *               "status": "unpaid", "date": "2026-11-01", "pay_url": "https://…"}]}</pre>
 * Parsing is by hand over the tree, so every fault is a {@link LedgerException} that names the field and
 * position but never echoes a personal value.
 */
public final class LedgerJson {

    static final int MAX_RECORDS_PER_PAYER = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private LedgerJson() {
    }

    /** A JSON array of payers. */
    public static List<Payer> parsePayers(byte[] json) throws LedgerException {
        JsonNode root = tree(json);
        if (!root.isArray()) {
            throw new LedgerException("a ledger part must be a JSON array of payers");
        }
        List<Payer> payers = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            payers.add(payer(root.get(i), "payer " + (i + 1)));
        }
        return payers;
    }

    public static Payer parsePayer(byte[] json) throws LedgerException {
        return payer(tree(json), "payer");
    }

    public static JsonNode tree(byte[] json) throws LedgerException {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new LedgerException("empty JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the input; a location is all a technician needs.
            throw new LedgerException("not valid JSON at " + (e.getLocation() == null ? "?"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new LedgerException("cannot read the JSON", e);
        }
    }

    public static Payer payer(JsonNode node, String where) throws LedgerException {
        if (node == null || !node.isObject()) {
            throw new LedgerException(where + ": not a JSON object");
        }
        String id = text(node, "id", where);
        CitizenIdNumber number;
        if (CitizenIdNumber.check(id) != CitizenIdNumber.Problem.NONE) {
            throw new LedgerException(where + ": id is not a valid ID number ("
                    + CitizenIdNumber.check(id).describe() + ")");
        }
        number = new CitizenIdNumber(id);
        String phone = text(node, "phone_last4", where);
        if (!phone.matches("[0-9]{4}")) {
            throw new LedgerException(where + ": phone_last4 must be 4 digits");
        }
        JsonNode records = node.get("records");
        if (records == null || !records.isArray()) {
            throw new LedgerException(where + ": records must be an array");
        }
        if (records.size() > MAX_RECORDS_PER_PAYER) {
            throw new LedgerException(where + ": more than " + MAX_RECORDS_PER_PAYER + " records");
        }
        List<PaymentRecord> list = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            list.add(record(records.get(i), where + ", record " + (i + 1)));
        }
        return new Payer(number, nonEmpty(node, "name", where), text(node, "address", where), phone, list);
    }

    static PaymentRecord record(JsonNode node, String where) throws LedgerException {
        if (node == null || !node.isObject()) {
            throw new LedgerException(where + ": not a JSON object");
        }
        JsonNode amount = node.get("amount_fen");
        if (amount == null || !amount.canConvertToLong() || !amount.isIntegralNumber() || amount.asLong() < 0) {
            throw new LedgerException(where + ": amount_fen must be a whole number of fen, 0 or more");
        }
        try {
            return new PaymentRecord(nonEmpty(node, "bill", where),
                    PaymentItem.ofCode(text(node, "item", where)), text(node, "household", where),
                    text(node, "period", where), amount.asLong(), PaymentStatus.ofCode(text(node, "status", where)),
                    LocalDate.parse(text(node, "date", where)), optional(node, "pay_url", where));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new LedgerException(where + ": " + (e instanceof DateTimeParseException
                    ? "date must be YYYY-MM-DD" : e.getMessage()));
        }
    }

    public static byte[] toJson(List<Payer> payers) {
        ArrayNode array = JSON.createArrayNode();
        payers.forEach(p -> array.add(node(p)));
        return bytes(array);
    }

    public static byte[] toJson(Payer payer) {
        return bytes(node(payer));
    }

    static ObjectNode node(Payer p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", p.idNumber().value());
        o.put("name", p.name());
        o.put("address", p.address());
        o.put("phone_last4", p.phoneLast4());
        ArrayNode records = o.putArray("records");
        for (PaymentRecord r : p.records()) {
            ObjectNode n = records.addObject();
            n.put("bill", r.billNo());
            n.put("item", r.item().code());
            n.put("household", r.household());
            n.put("period", r.period());
            n.put("amount_fen", r.amountFen());
            n.put("status", r.status().code());
            n.put("date", r.date().toString());
            n.put("pay_url", r.payUrl());
        }
        return o;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static String text(JsonNode node, String field, String where) throws LedgerException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new LedgerException(where + ": " + field + " must be a string");
        }
        if (value.asText().length() > 500) {
            throw new LedgerException(where + ": " + field + " is longer than 500 characters");
        }
        return value.asText();
    }

    private static String nonEmpty(JsonNode node, String field, String where) throws LedgerException {
        String s = text(node, field, where);
        if (s.isBlank()) {
            throw new LedgerException(where + ": " + field + " is empty");
        }
        return s;
    }

    private static String optional(JsonNode node, String field, String where) throws LedgerException {
        return node.has(field) && !node.get(field).isNull() ? text(node, field, where) : "";
    }
}
