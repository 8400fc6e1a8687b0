package org.xiangli.kiosk.requests;

import java.util.List;
import java.util.stream.IntStream;

/** What a request is about: 道路水电, 环境卫生, 邻里纠纷, 政策咨询, 对服务的意见, 其他. */
public enum RequestTopic {
    ROADS_UTILITIES, SANITATION, NEIGHBOURS, POLICY, SERVICE, OTHER;

    /** How many common phrases each topic offers (bundle keys request.phrase.TOPIC.1..n). */
    static final int PHRASES = 3;

    public String messageKey() {
        return "request.topic." + name();
    }

    /** The bundle keys of the common phrases a villager may pick instead of speaking. */
    public List<String> phraseKeys() {
        return IntStream.rangeClosed(1, PHRASES).mapToObj(i -> "request.phrase." + name() + "." + i).toList();
    }
}
