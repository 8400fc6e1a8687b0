package org.xiangli.kiosk.requests;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Requests in a date range by topic: how many, how many answered, and the average time to answer. */
public record RequestStatistics(int total, int answered, Duration averageTimeToAnswer,
                                Map<RequestTopic, TopicRow> byTopic) {

    public record TopicRow(RequestTopic topic, int total, int answered, Duration averageTimeToAnswer) {
    }

    public RequestStatistics {
        byTopic = Map.copyOf(byTopic);
    }

    public OptionalDouble answeredRate() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) answered / total);
    }

    public List<TopicRow> rows() {
        return new EnumMap<>(byTopic).values().stream().toList();
    }

    static RequestStatistics of(List<Request> requests) {
        Map<RequestTopic, TopicRow> byTopic = new EnumMap<>(RequestTopic.class);
        for (RequestTopic topic : RequestTopic.values()) {
            List<Request> of = requests.stream().filter(r -> r.topic() == topic).toList();
            if (!of.isEmpty()) {
                byTopic.put(topic, new TopicRow(topic, of.size(), answered(of), average(of)));
            }
        }
        return new RequestStatistics(requests.size(), answered(requests), average(requests), byTopic);
    }

    private static int answered(List<Request> requests) {
        return (int) requests.stream().filter(r -> r.state() == RequestState.ANSWERED).count();
    }

    private static Duration average(List<Request> requests) {
        List<Duration> times = requests.stream().flatMap(r -> r.timeToAnswer().stream()).toList();
        return times.isEmpty() ? Duration.ZERO : times.stream().reduce(Duration.ZERO, Duration::plus)
                .dividedBy(times.size());
    }
}
