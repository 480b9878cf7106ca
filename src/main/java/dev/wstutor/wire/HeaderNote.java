package dev.wstutor.wire;

/** What one handshake header field is for, whether the handshake needs it, and where the RFC says so. */
public record HeaderNote(String name, Requirement requirement, String meaning, String reference) {
    public enum Requirement {
        REQUIRED("required"), OPTIONAL("optional"), HTTP("plain HTTP, not part of the WebSocket handshake");

        private final String label;

        Requirement(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
