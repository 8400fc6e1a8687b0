package org.xiangli.county.publish;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xiangli.county.store.StationRepository;
import org.xiangli.county.web.Role;

/**
 * Who is acting, and the stations they may publish to: a county editor (or admin) every station, a township editor
 * the stations of their township, a village editor their own station.
 */
public record Editor(String name, Role role, String scope) {

    public Set<String> allowedStations(List<StationRepository.Station> stations) {
        return stations.stream().filter(this::mayReach).map(StationRepository.Station::code)
                .collect(Collectors.toSet());
    }

    public boolean mayReach(StationRepository.Station s) {
        return switch (role) {
            case COUNTY_EDITOR, ADMIN -> true;
            case TOWNSHIP_EDITOR -> !scope.isEmpty() && scope.equals(s.township());
            case VILLAGE_EDITOR -> !scope.isEmpty() && scope.equals(s.code());
            default -> false;
        };
    }

    public String scopeText() {
        return switch (role) {
            case TOWNSHIP_EDITOR -> scope + "（乡镇）";
            case VILLAGE_EDITOR -> scope + "（站点）";
            case COUNTY_EDITOR, ADMIN -> "全县";
            default -> "—";
        };
    }
}
