package dev.wstutor.socketio;

/**
 * The parts of one Socket.IO packet's text, {@code <type>[<attachments>-][<nsp>,][<ackId>][JSON]}, split the
 * way socket.io-parser's decodeString splits it, before the JSON is read. Shared by the decoder and the
 * explainer so both see the same grammar.
 *
 * <p>Where the reference parser leans on JavaScript's number coercion (it reads "" or " " as the digit 0) this
 * split accepts only ASCII digits.
 *
 * @param attachmentsText the count with its '-' ("1-"), or "" when the type is not binary
 * @param namespaceText the namespace with its ',' ("/admin,"), or "" for the main namespace; the comma is
 *                      missing when the namespace runs to the end of the text, as in {@code 0/admin}
 */
record SocketText(PacketType type, int attachments, String attachmentsText, String namespace,
                  String namespaceText, Long ackId, String ackText, String json) {

    /** The largest integer a JavaScript peer holds exactly (Number.MAX_SAFE_INTEGER). */
    static final long MAX_ACK_ID = 9_007_199_254_740_991L;

    static SocketText split(String s, int maxAttachments) throws PacketFormatException {
        if (s.isEmpty()) {
            throw new PacketFormatException("empty Socket.IO packet: it needs at least its type digit");
        }
        PacketType type = PacketType.of(s.charAt(0));
        int i = 1;
        int attachments = 0;
        String attachmentsText = "";
        if (type.isBinary()) {
            int dash = s.indexOf('-', i);
            String count = dash < 0 ? "" : s.substring(i, dash);
            if (dash < 0 || count.isEmpty() || !allDigits(count)) {
                throw new PacketFormatException("a " + type + " needs its attachment count and '-' after the type"
                        + " digit (as in " + type.code() + "1-[…])");
            }
            if (count.length() > 9 || Integer.parseInt(count) > maxAttachments) {
                throw new PacketFormatException("too many attachments: " + Escapes.excerpt(count, 12)
                        + " announced, at most " + maxAttachments + " allowed");
            }
            attachments = Integer.parseInt(count);
            if (attachments < 1) {
                throw new PacketFormatException("a " + type + " announces at least 1 attachment, not 0");
            }
            attachmentsText = s.substring(i, dash + 1);
            i = dash + 1;
        }
        String namespace = SocketPacket.MAIN_NAMESPACE;
        String namespaceText = "";
        if (i < s.length() && s.charAt(i) == '/') {
            int comma = s.indexOf(',', i);
            int end = comma < 0 ? s.length() : comma;
            namespace = s.substring(i, end);
            namespaceText = s.substring(i, comma < 0 ? end : comma + 1);
            i = comma < 0 ? end : comma + 1;
        }
        int digits = i;
        while (digits < s.length() && isDigit(s.charAt(digits))) {
            digits++;
        }
        Long ackId = null;
        String ackText = s.substring(i, digits);
        if (!ackText.isEmpty()) {
            if (ackText.length() > 16 || Long.parseLong(ackText) > MAX_ACK_ID) {
                throw new PacketFormatException("ack id " + Escapes.excerpt(ackText, 24)
                        + " is larger than 9007199254740991, the largest a JavaScript peer can count to exactly");
            }
            ackId = Long.parseLong(ackText);
        }
        return new SocketText(type, attachments, attachmentsText, namespace, namespaceText, ackId, ackText,
                s.substring(digits));
    }

    private static boolean allDigits(String s) {
        return s.chars().allMatch(c -> isDigit((char) c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
