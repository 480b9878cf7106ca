package dev.wstutor.net.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestReaderTest {
    private final RequestReader reader = new RequestReader(1024, 100);

    private RequestReader.Result read(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return reader.read(b, b.length);
    }

    @Test
    void readsAPollingGetWithItsQueryDecoded() {
        var c = assertInstanceOf(RequestReader.Complete.class,
                read("GET /socket.io/?EIO=4&transport=polling&sid=a%2Bb HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertEquals("/socket.io/", c.request().path());
        assertEquals(Map.of("EIO", "4", "transport", "polling", "sid", "a+b"), c.request().query());
        assertTrue(c.request().keepAlive());
    }

    @Test
    void waitsForTheWholeBodyThenCutsOnlyThisRequestOffPipelinedBytes() {
        assertInstanceOf(RequestReader.Incomplete.class, read("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\n4h"));
        String two = "POST / HTTP/1.1\r\nContent-Length: 6\r\n\r\n4hello" + "GET / HTTP/1.1\r\n\r\n";
        var c = assertInstanceOf(RequestReader.Complete.class, read(two));
        assertArrayEquals("4hello".getBytes(StandardCharsets.UTF_8), c.request().body());
        assertEquals(two.indexOf("GET"), c.consumed());
    }

    @Test
    void aBodyOverTheLimitIsNotReadAndIsMarked() {
        var c = assertInstanceOf(RequestReader.Complete.class, read("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n"));
        assertNull(c.request().body());
        assertTrue(c.request().bodyTooLarge());
    }

    @Test
    void garbageIsABadRequest() {
        assertEquals(400, assertInstanceOf(RequestReader.Bad.class, read("\u0016\u0003\u0001 hi\r\n\r\n")).status());
        assertEquals(400, assertInstanceOf(RequestReader.Bad.class, read("GET / HTTP/1.1\r\nno colon\r\n\r\n")).status());
        assertEquals(400, assertInstanceOf(RequestReader.Bad.class, read("POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n")).status());
    }

    @Test
    void aHeadOverTheLimitIs431EvenBeforeItEnds() {
        assertEquals(431, assertInstanceOf(RequestReader.Bad.class, read("GET / HTTP/1.1\r\nX: " + "a".repeat(2000))).status());
    }

    @Test
    void chunkedBodiesAreRefusedWith411() {
        assertEquals(411, assertInstanceOf(RequestReader.Bad.class,
                read("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")).status());
    }

    @Test
    void aWebSocketUpgradeIsRecognised() {
        var c = assertInstanceOf(RequestReader.Complete.class,
                read("GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"));
        assertTrue(c.request().isUpgrade());
    }

    @Test
    void http10ClosesUnlessAskedToKeepAlive() {
        var c = assertInstanceOf(RequestReader.Complete.class, read("GET / HTTP/1.0\r\n\r\n"));
        assertTrue(!c.request().keepAlive());
    }
}
