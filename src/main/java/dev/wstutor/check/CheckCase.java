package dev.wstutor.check;

import java.io.IOException;

/** One conformance case: a name to select it by, what it proves, and how to run it against a server. */
public sealed interface CheckCase permits Handshake, TextEcho, BinaryEcho, PingPong, LargeMessage, FragmentedMessage,
        CloseHandshake, UnmaskedFrame, InvalidUtf8 {

    String name();

    /** One line: what a server must do to pass. */
    String summary();

    /** Whether the case only makes sense against a server that echoes messages. */
    default boolean needsEcho() {
        return false;
    }

    Outcome run(Target target) throws IOException;
}
