package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.wire.HttpMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventTextTest {
    @Test
    void showsHandshakesBrieflyAtSummaryAndExplainedAtNormal() throws Exception {
        WireEvent.HandshakeSeen h = new WireEvent.HandshakeSeen(1, Endpoint.CLIENT, Duration.ZERO, Direction.IN,
                HttpMessage.parse(HandshakeViewTest.RFC_RESPONSE), HandshakeViewTest.RFC_RESPONSE);
        assertEquals(6, new EventText(Style.PLAIN, Detail.SUMMARY).lines(h).size());
        assertEquals(11, new EventText(Style.PLAIN, Detail.NORMAL).lines(h).size());
    }

    @Test
    void hidesFramesAndHandshakesAtNoneButStillSaysTheConnectionClosed() throws Exception {
        EventText none = new EventText(Style.PLAIN, Detail.NONE);
        assertEquals(0, none.lines(FrameFilterTest.seen("81 05 48 65 6c 6c 6f")).size());
        assertEquals(1, none.lines(new WireEvent.Closed(1, Endpoint.CLIENT, Duration.ZERO, 1000, "", false)).size());
    }
}
