package org.xiangli.kiosk.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as stored. {@code phraseKey} is the common phrase picked (a bundle key, empty when the villager spoke);
 * {@code voiceFile} the recording's file name under the data dir's requests folder; the phone is sealed. Once purged,
 * neither phone nor voice remain.
 */
public record Request(long id, String number, String checkCode, RequestTopic topic, String phraseKey,
                      Optional<String> voiceFile, Optional<byte[]> phoneSealed, RequestState state, String answer,
                      Instant createdAt, Instant changedAt, String changedBy, Optional<Instant> answeredAt,
                      Optional<String> answeredBy, Optional<Instant> purgedAt) {

    public Request {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(checkCode, "checkCode");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(phraseKey, "phraseKey");
        Objects.requireNonNull(voiceFile, "voiceFile");
        Objects.requireNonNull(phoneSealed, "phoneSealed");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(answeredBy, "answeredBy");
        Objects.requireNonNull(purgedAt, "purgedAt");
    }

    /** From submission to answer; empty while unanswered. */
    public Optional<Duration> timeToAnswer() {
        return answeredAt.map(at -> Duration.between(createdAt, at));
    }

    @Override
    public String toString() {
        return "Request[" + number + ", " + topic + ", " + state + "]";
    }
}
