package dev.wstutor.net;

import java.io.IOException;

/** What either end of a connection can put on the wire: a client, or the server speaking to one of its peers. */
public interface Sender {
    void send(String text);

    void send(byte[] data);

    void ping(byte[] data);

    void pong(byte[] data);

    void close(int code, String reason);

    /** Bytes as they are, not framed by the library: to provoke the other side's error handling. */
    void sendRaw(byte[] bytes) throws IOException;
}
