package org.xiangli.kiosk.content.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;

/**
 * The signed part of a bundle: who published it, its place in the publisher's sequence, which stations it is for,
 * the items (bodies included) and the assets that follow it in the file, each with size and SHA-256.
 * Dates are ISO text (YYYY-MM-DD, instants in UTC).
 *
 * @param kind  {@code full} (replaces the publisher's content) or {@code delta} (items added or updated, withdrawn removed)
 * @param scope station codes the bundle is for; {@code *} for every station
 */
public record Manifest(
        int format,
        String id,
        String publisher,
        String publisherName,
        long sequence,
        String created,
        String kind,
        List<String> scope,
        List<CategoryEntry> categories,
        List<ItemEntry> items,
        List<String> withdrawn,
        List<AssetEntry> assets) {

    public static final int FORMAT = 1;

    public record CategoryEntry(String code, String nameZh, String nameEn, int sortOrder) {
    }

    public record ItemEntry(String id, String category, String title, String summary, String body, String published,
                            String expires, String priority, boolean featured, String url, List<String> stations) {
    }

    public record AssetEntry(String name, long size, String sha256) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, false);

    public Manifest {
        scope = scope == null ? List.of("*") : List.copyOf(scope);
        categories = categories == null ? List.of() : List.copyOf(categories);
        items = items == null ? List.of() : List.copyOf(items);
        withdrawn = withdrawn == null ? List.of() : List.copyOf(withdrawn);
        assets = assets == null ? List.of() : List.copyOf(assets);
    }

    public boolean full() {
        return "full".equals(kind);
    }

    public boolean isFor(String stationCode) {
        return scope.contains("*") || scope.contains(stationCode);
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest of plain values always serialises", e);
        }
    }

    static Manifest fromJson(byte[] json) throws IOException {
        return JSON.readValue(json, Manifest.class);
    }
}
