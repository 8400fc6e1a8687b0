package org.xiangli.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FleetTopicsTest {

    @Test
    void topicsAreExactlyTheDocumentedLayout() {
        FleetTopics t = new FleetTopics("360781", "QS-001");
        assertEquals("xiangli/v1/360781/QS-001/state", t.state());
        assertEquals("xiangli/v1/360781/QS-001/telemetry", t.telemetry());
        assertEquals("xiangli/v1/360781/QS-001/events", t.events());
        assertEquals("xiangli/v1/360781/QS-001/cmd", t.cmd());
        assertEquals("xiangli/v1/360781/QS-001/reply", t.reply());
        assertEquals("xiangli/v1/360781/+/+", FleetTopics.countyFilter("360781"));
    }

    @Test
    void aTopicParsesBackToCountyStationAndKind() {
        assertEquals(Optional.of(new FleetTopics.Parsed("360781", "QS-001", FleetTopics.Kind.REPLY)),
                FleetTopics.parse("xiangli/v1/360781/QS-001/reply"));
        assertTrue(FleetTopics.parse("xiangli/v1/360781/QS-001/other").isEmpty());
        assertTrue(FleetTopics.parse("xiangli/v2/360781/QS-001/state").isEmpty());
        assertTrue(FleetTopics.parse("xiangli/v1/360781/QS-001/state/x").isEmpty());
    }

    @Test
    void wildcardsAndSeparatorsCannotBeIds() {
        assertThrows(IllegalArgumentException.class, () -> new FleetTopics("360781", "QS+"));
        assertThrows(IllegalArgumentException.class, () -> new FleetTopics("36/0781", "QS-001"));
        assertThrows(IllegalArgumentException.class, () -> new FleetTopics("#", "QS-001"));
    }
}
