package dev.wstutor.net;

import dev.wstutor.event.Direction;

/** Sees a copy of bytes as they cross a stream: IN as read, OUT as written. Called on the thread doing the I/O. */
@FunctionalInterface
public interface ByteWatch {
    ByteWatch NONE = (direction, bytes) -> { };

    void bytes(Direction direction, byte[] bytes);
}
