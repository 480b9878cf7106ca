package dev.wstutor.event;

/** Receives tap events on network threads: implementations must return quickly and never block on a terminal. */
@FunctionalInterface
public interface WireListener {
    void on(WireEvent event);

    /**
     * False when this listener would discard every {@link WireEvent.FrameSeen}: the tap then skips decoding
     * frames and only checks what it must (the masking rule the library does not enforce), which keeps a
     * busy server fast when no frame is shown.
     */
    default boolean wantsFrames() {
        return true;
    }

    /**
     * False when this listener would discard every {@link WireEvent.PollSeen}, {@link WireEvent.EnginePacketSeen}
     * and {@link WireEvent.SocketPacketSeen}: a Socket.IO server then does not build them, one of each per poll or
     * packet (refusals, openings and closes are always reported).
     */
    default boolean wantsPackets() {
        return true;
    }

    /**
     * True while this listener holds more of {@code connection}'s events than its fair share and would rather
     * the tap stopped reading from that peer until it catches up. A capture that waits for room (never drops)
     * would otherwise make the network thread that reports a flooding peer wait, and with it every connection
     * that thread serves; pausing the one peer's reads slows only that peer.
     */
    default boolean backlogged(int connection) {
        return false;
    }

    /** Hears nothing, and wants no frames decoded and no packets reported for it. */
    WireListener NONE = new WireListener() {
        @Override
        public void on(WireEvent event) {
        }

        @Override
        public boolean wantsFrames() {
            return false;
        }

        @Override
        public boolean wantsPackets() {
            return false;
        }
    };

    default WireListener and(WireListener other) {
        WireListener first = this;
        return new WireListener() {
            @Override
            public void on(WireEvent event) {
                first.on(event);
                other.on(event);
            }

            @Override
            public boolean wantsFrames() {
                return first.wantsFrames() || other.wantsFrames();
            }

            @Override
            public boolean wantsPackets() {
                return first.wantsPackets() || other.wantsPackets();
            }

            @Override
            public boolean backlogged(int connection) {
                return first.backlogged(connection) || other.backlogged(connection);
            }
        };
    }

    /** This listener without frame events, saying so to the tap (see {@link #wantsFrames()}). */
    default WireListener withoutFrames() {
        WireListener inner = this;
        return new WireListener() {
            @Override
            public void on(WireEvent event) {
                if (!(event instanceof WireEvent.FrameSeen)) {
                    inner.on(event);
                }
            }

            @Override
            public boolean wantsFrames() {
                return false;
            }

            @Override
            public boolean wantsPackets() {
                return inner.wantsPackets();
            }

            @Override
            public boolean backlogged(int connection) {
                return inner.backlogged(connection);
            }
        };
    }
}
