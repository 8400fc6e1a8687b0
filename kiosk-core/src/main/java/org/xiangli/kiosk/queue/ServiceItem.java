package org.xiangli.kiosk.queue;

import java.util.List;

/** A service of the station (办事指南 entry): what to bring, the steps, fees, time limit and serving windows. */
public record ServiceItem(char letter, String name, List<String> documents, List<String> steps, String fees,
                          String timeLimit, List<Integer> windows) {

    public ServiceItem {
        if (letter < 'A' || letter > 'Z') {
            throw new IllegalArgumentException("service letter must be A-Z, got " + letter);
        }
        documents = List.copyOf(documents);
        steps = List.copyOf(steps);
        windows = List.copyOf(windows);
    }
}
