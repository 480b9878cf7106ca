package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FrameFilterTest {
    static WireEvent.FrameSeen seen(String hex) throws Exception {
        return new WireEvent.FrameSeen(1, Endpoint.SERVER, Duration.ZERO, Direction.IN, FrameViewTest.frame(hex));
    }

    @Test
    void parsesTheOnlyOptionInAnyCaseAndOrder() {
        assertEquals(EnumSet.of(FrameClass.TEXT, FrameClass.CONTROL), FrameClass.parse("Control, text"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrameClass.parse("text,pings"));
        assertEquals("unknown frame class 'pings'; choose from text, binary, control", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FrameClass.parse(" , "));
    }

    @Test
    void letsAContinuationFollowTheClassOfItsMessage() throws Exception {
        FrameFilter binaryOnly = new FrameFilter(EnumSet.of(FrameClass.BINARY));
        assertFalse(binaryOnly.shows(seen("01 03 48 65 6c")), "text start hidden");
        assertFalse(binaryOnly.shows(seen("89 00")), "a ping between fragments is control");
        assertFalse(binaryOnly.shows(seen("80 02 6c 6f")), "its continuation hidden too");
        assertTrue(binaryOnly.shows(seen("02 01 00")));
        assertTrue(binaryOnly.shows(seen("80 01 00")), "a binary continuation shows");
    }

    @Test
    void alwaysShowsEventsThatAreNotFrames() {
        FrameFilter textOnly = new FrameFilter(EnumSet.of(FrameClass.TEXT));
        assertTrue(textOnly.shows(new WireEvent.Closed(1, Endpoint.CLIENT, Duration.ZERO, 1000, "", false)));
    }

    @Test
    void letsThePacketsInsideAFrameFollowTheirFrame() throws Exception {
        FrameFilter binaryOnly = new FrameFilter(EnumSet.of(FrameClass.BINARY));
        WireEvent.EnginePacketSeen engine = new WireEvent.EnginePacketSeen(1, Endpoint.SERVER, Duration.ZERO,
                Direction.IN, dev.wstutor.socketio.Transport.WEBSOCKET, dev.wstutor.socketio.EnginePacket.of(
                        dev.wstutor.socketio.EngineType.MESSAGE, "2[\"x\"]"));
        WireEvent.SocketPacketSeen socket = new WireEvent.SocketPacketSeen(1, Endpoint.SERVER, Duration.ZERO,
                Direction.IN, dev.wstutor.socketio.SocketPacket.event("/", null, "x", java.util.List.of()));
        assertFalse(binaryOnly.shows(seen("81 02 34 32")), "a text frame hidden");
        assertFalse(binaryOnly.shows(engine), "its Engine.IO packet hidden with it");
        assertFalse(binaryOnly.shows(socket), "and its Socket.IO packet");
        assertTrue(binaryOnly.shows(new WireEvent.PollSeen(1, Endpoint.SERVER, Duration.ZERO, Direction.IN,
                dev.wstutor.wire.HttpMessage.parse("POST / HTTP/1.1\r\n\r\n"), "42[\"x\"]")), "polls always show");
        assertTrue(binaryOnly.shows(engine), "and so do the packets they carry");
        assertTrue(binaryOnly.shows(socket));
    }
}
