package dev.wstutor.event;

/** Which end of a connection observed an event. */
public enum Endpoint {
    SERVER, CLIENT;

    public Endpoint peer() {
        return this == SERVER ? CLIENT : SERVER;
    }
}
