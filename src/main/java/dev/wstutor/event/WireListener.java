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

    /** Hears nothing, and wants no frames decoded for it. */
    WireListener NONE = new WireListener() {
        @Override
        public void on(WireEvent event) {
        }

        @Override
        public boolean wantsFrames() {
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
        };
    }
}
