package dev.wstutor.quiz;

import dev.wstutor.wire.Frame;

/**
 * What a live question is about, captured from a real connection: the raw handshake texts, the one frame of
 * interest (null for handshake questions), exactly as they crossed the wire, and the text the client sent to
 * provoke it (empty when it sent none), so a question can tell what happened.
 */
public record Capture(String request, String response, Frame frame, String sent) {
    public Capture(String request, String response, Frame frame) {
        this(request, response, frame, "");
    }
}
