package org.xiangli.county.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.xiangli.county.store.StationRepository;
import org.xiangli.kiosk.fleet.FleetJson;

/**
 * How far an item got: for each station it was built for, whether the kiosk has applied it (its retained state lists
 * the bundles in use: the hub's publisher at a sequence at or above the first bundle that carried this version of
 * the item) and how often villagers opened it there (the kiosks' telemetry counts opens per item per day).
 */
public final class Reach {

    /** One station's line. */
    public record Line(String station, String township, String village, boolean online, boolean applied,
                       String state, long opens) {
    }

    /** The whole picture of one item. */
    public record Report(List<Line> lines, int applied, int pending, long opens) {
    }

    private final ItemRepository items;
    private final StationRepository stations;
    private final String publisher;

    public Reach(ItemRepository items, StationRepository stations, String publisher) {
        this.items = items;
        this.stations = stations;
        this.publisher = publisher;
    }

    public Report of(Item item) {
        Instant since = item.publishedAt().orElse(Instant.EPOCH);
        Map<String, Long> needed = new TreeMap<>();
        Map<String, Long> latest = new TreeMap<>();
        for (ItemRepository.StationBundle b : items.bundles()) {
            latest.put(b.station(), b.sequence());
            if (b.items().contains(item.id()) && !b.builtAt().isBefore(since)) {
                needed.merge(b.station(), b.sequence(), Math::min);
            }
        }
        boolean withdrawn = item.status() == Item.Status.WITHDRAWN;
        Map<String, Long> opens = items.opensByStation(item.id());
        List<Line> lines = new ArrayList<>();
        int applied = 0;
        for (StationRepository.Station s : stations.all()) {
            Long need = withdrawn ? (needed.containsKey(s.code()) || opens.containsKey(s.code())
                    ? latest.get(s.code()) : null) : needed.get(s.code());
            if (need == null) {
                continue;
            }
            OptionalLong has = sequenceInUse(s);
            boolean ok = has.isPresent() && has.getAsLong() >= need;
            applied += ok ? 1 : 0;
            String state = withdrawn ? (ok ? "已撤下" : "尚未撤下") : ok ? "已应用" : has.isPresent()
                    ? "尚未应用（终端在用第 " + has.getAsLong() + " 版）" : "尚未应用";
            lines.add(new Line(s.code(), s.township(), s.village(), s.online(), ok, state,
                    opens.getOrDefault(s.code(), 0L)));
        }
        return new Report(lines, applied, lines.size() - applied,
                opens.values().stream().mapToLong(Long::longValue).sum());
    }

    /** The sequence of the hub's bundle the station's kiosk says it has applied. */
    OptionalLong sequenceInUse(StationRepository.Station s) {
        Optional<String> json = s.stateJson();
        if (json.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            JsonNode state = FleetJson.mapper().readTree(json.get());
            for (JsonNode b : state.path("content")) {
                if (publisher.equals(b.path("publisher").asText())) {
                    return OptionalLong.of(b.path("sequence").asLong());
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
