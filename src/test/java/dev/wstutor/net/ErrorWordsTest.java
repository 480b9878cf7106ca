package dev.wstutor.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import org.java_websocket.exceptions.InvalidDataException;
import org.junit.jupiter.api.Test;

class ErrorWordsTest {
    @Test
    void aConnectionsErrorsAreSaidInWordsNeverAsAJavaExceptionsName() {
        assertEquals("closing with 1007: invalid UTF-8", TapServer.inWords(new InvalidDataException(1007, "invalid UTF-8")));
        assertEquals("network error: Connection reset by peer; the connection is closed",
                TapServer.inWords(new IOException("Connection reset by peer")));
        String npe = TapServer.inWords(new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null"));
        assertFalse(npe.contains("NullPointer") || npe.contains("invoke"), npe);
    }
}
