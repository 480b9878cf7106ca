package dev.wstutor.live;

import dev.wstutor.wire.Frame;

/**
 * What a live question is about, captured from a real connection: the raw handshake texts and the one
 * frame of interest (null for handshake questions), exactly as they crossed the wire.
 */
public record Capture(String request, String response, Frame frame) {
}
