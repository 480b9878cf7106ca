package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegLabelsTest {
    @Test
    void prefixesEveryLineWithTheLegTheObserverStandsFor() {
        EventFormat two = e -> List.of("first", "second");
        LegLabels labels = LegLabels.proxy(two, Style.PLAIN);
        WireEvent appLeg = new WireEvent.Closed(1, Endpoint.SERVER, Duration.ZERO, 1000, "", true);
        WireEvent targetLeg = new WireEvent.Closed(1, Endpoint.CLIENT, Duration.ZERO, 1000, "", true);
        assertEquals(List.of("app↔wstutor    │ first", "app↔wstutor    │ second"), labels.lines(appLeg));
        assertEquals(List.of("wstutor↔target │ first", "wstutor↔target │ second"), labels.lines(targetLeg));
    }
}
