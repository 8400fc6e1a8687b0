package org.xiangli.kiosk.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a villager's visit leaves behind (a typed ID number, a card read, a lookup result). Returning home,
 * by button or by the idle countdown, wipes it all; screens register what else must be cleared.
 */
public final class KioskSession {

    private final Map<String, Object> values = new HashMap<>();
    private final List<Runnable> wipers = new ArrayList<>();

    public void put(String key, Object value) {
        values.put(key, value);
    }

    public <T> Optional<T> get(String key, Class<T> type) {
        return Optional.ofNullable(values.get(key)).filter(type::isInstance).map(type::cast);
    }

    public void remove(String key) {
        values.remove(key);
    }

    /** {@code wiper} runs on the next wipe (then is forgotten). */
    public void onWipe(Runnable wiper) {
        wipers.add(wiper);
    }

    public boolean isEmpty() {
        return values.isEmpty() && wipers.isEmpty();
    }

    public void wipe() {
        values.clear();
        List<Runnable> toRun = List.copyOf(wipers);
        wipers.clear();
        toRun.forEach(Runnable::run);
    }
}
