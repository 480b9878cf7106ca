package dev.wstutor.socketio;

/** One labelled piece of a packet's text: {@code text} exactly as on the wire, {@code meaning} what it is. */
public record PacketPart(String text, String meaning) {
}
