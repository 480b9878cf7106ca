package dev.wstutor.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Explains the lines of an opening handshake (RFC 6455 section 4): what each is for and whether it is required. */
public final class HandshakeExplainer {
    private static final Map<String, HeaderNote> REQUEST = Map.ofEntries(
            note("Host", HeaderNote.Requirement.REQUIRED, "which host and port the client wants, as in every HTTP/1.1 request", "4.1 item 4"),
            note("Upgrade", HeaderNote.Requirement.REQUIRED, "asks to switch this connection from HTTP to the websocket protocol", "4.1 item 5"),
            note("Connection", HeaderNote.Requirement.REQUIRED, "must include the token Upgrade: the upgrade applies to this hop's connection", "4.1 item 6"),
            note("Sec-WebSocket-Key", HeaderNote.Requirement.REQUIRED, "16 random bytes in base64, new for each connection; the server must prove it read them", "4.1 item 7"),
            note("Sec-WebSocket-Version", HeaderNote.Requirement.REQUIRED, "the protocol version; 13 is the only one RFC 6455 defines", "4.1 item 9"),
            note("Origin", HeaderNote.Requirement.OPTIONAL, "the page's origin, sent by browsers so the server can refuse foreign sites", "4.1 item 8, 10.2"),
            note("Sec-WebSocket-Protocol", HeaderNote.Requirement.OPTIONAL, "subprotocols the client speaks, in order of preference (e.g. chat, mqtt)", "4.1 item 10"),
            note("Sec-WebSocket-Extensions", HeaderNote.Requirement.OPTIONAL, "extensions the client offers, such as permessage-deflate (RFC 7692)", "4.1 item 11"),
            note("User-Agent", HeaderNote.Requirement.HTTP, "the client software; ordinary HTTP", "RFC 9110 10.1.5"),
            note("Cookie", HeaderNote.Requirement.HTTP, "cookies travel with the upgrade request like with any request", "4.1 item 12"),
            note("Authorization", HeaderNote.Requirement.HTTP, "credentials, as in any HTTP request", "4.1 item 12"));

    private static final Map<String, HeaderNote> RESPONSE = Map.ofEntries(
            note("Upgrade", HeaderNote.Requirement.REQUIRED, "confirms the switch to websocket (case-insensitive)", "4.2.2 item 5.2"),
            note("Connection", HeaderNote.Requirement.REQUIRED, "Upgrade: this connection now speaks the new protocol", "4.2.2 item 5.3"),
            note("Sec-WebSocket-Accept", HeaderNote.Requirement.REQUIRED, "base64(SHA-1(key + GUID)): proves the server understood this very request", "4.2.2 item 5.4"),
            note("Sec-WebSocket-Protocol", HeaderNote.Requirement.OPTIONAL, "the one subprotocol the server picked from the client's list", "4.2.2 item 5.5"),
            note("Sec-WebSocket-Extensions", HeaderNote.Requirement.OPTIONAL, "the extensions the server accepted", "4.2.2 item 5.6"),
            note("Sec-WebSocket-Version", HeaderNote.Requirement.OPTIONAL,
                    "required when refusing the client's version (e.g. with 426 Upgrade Required): the versions the server speaks", "4.2.2 item 4, 4.4"),
            note("Date", HeaderNote.Requirement.HTTP, "when the response was made; ordinary HTTP", "RFC 9110 6.6.1"),
            note("Server", HeaderNote.Requirement.HTTP, "the server software; ordinary HTTP", "RFC 9110 10.2.4"),
            note("Content-Length", HeaderNote.Requirement.HTTP, "length of an HTTP body; a refusal may carry one", "RFC 9110 8.6"),
            note("Content-Type", HeaderNote.Requirement.HTTP, "type of an HTTP body", "RFC 9110 8.3"));

    private HandshakeExplainer() {
    }

    private static Map.Entry<String, HeaderNote> note(String name, HeaderNote.Requirement r, String meaning, String ref) {
        return Map.entry(name.toLowerCase(Locale.ROOT), new HeaderNote(name, r, meaning, ref.startsWith("RFC") ? ref : "RFC 6455 " + ref));
    }

    /** A start line or header explained; unknown headers are said to be outside the handshake. */
    public static HeaderNote explain(String headerName, boolean response) {
        HeaderNote known = (response ? RESPONSE : REQUEST).get(headerName.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return new HeaderNote(headerName, HeaderNote.Requirement.HTTP, "not part of the WebSocket handshake; ignored by the protocol", "");
    }

    /**
     * A header of this head explained. In a refusal (a response that is not 101) Upgrade and Connection are ordinary
     * HTTP again: the notes of a 101 would tell the learner the connection switched when it did not.
     */
    public static HeaderNote explain(String headerName, HttpMessage head) {
        if (head.isResponse() && head.status() != 101) {
            String name = headerName.toLowerCase(Locale.ROOT);
            if (name.equals("connection")) {
                return new HeaderNote(headerName, HeaderNote.Requirement.HTTP,
                        "in a refusal, ordinary HTTP: 'close' means the server closes the TCP connection after this answer", "RFC 9110 7.6.1");
            }
            if (name.equals("upgrade")) {
                return new HeaderNote(headerName, HeaderNote.Requirement.HTTP,
                        "in a refusal, ordinary HTTP: with 426 Upgrade Required, the protocol the client must switch to", "RFC 9110 7.8, 15.5.22");
            }
        }
        return explain(headerName, head.isResponse());
    }

    /** The start line explained: the GET request line, or the status line of the answer. */
    public static HeaderNote explainStartLine(HttpMessage m) {
        if (!m.isResponse()) {
            return new HeaderNote(m.startLine(), HeaderNote.Requirement.REQUIRED,
                    "a GET of the resource to open, over HTTP/1.1 or later", "RFC 6455 4.1 items 2-3");
        }
        if (m.status() == 101) {
            return new HeaderNote(m.startLine(), HeaderNote.Requirement.REQUIRED,
                    "101 Switching Protocols: the server agrees; after the empty line, only frames follow", "RFC 6455 4.2.2 item 5.1");
        }
        return new HeaderNote(m.startLine(), HeaderNote.Requirement.REQUIRED,
                "not 101, so no WebSocket on this request: the client handles it as ordinary HTTP (a 401 asks for credentials,"
                        + " a 3xx redirects); failing the connection is for a 101 whose headers are wrong",
                "RFC 6455 4.1, the client's checks, item 1");
    }

    /** Every required request header that is missing or wrong, in words; empty when the server should accept. */
    public static List<String> requestProblems(HttpMessage request) {
        List<String> problems = new ArrayList<>();
        String[] line = request.startLine().split(" ");
        if (line.length != 3 || !line[0].equals("GET")) {
            problems.add("the request line must be 'GET <path> HTTP/1.1' (4.1), got '" + request.startLine() + "'");
        } else if (!line[2].matches("HTTP/1\\.[1-9]|HTTP/[2-9](\\.\\d)?")) {
            problems.add("the request must be HTTP/1.1 or later (4.1), got " + line[2]);
        }
        if (request.header("Host").isEmpty()) {
            problems.add("no Host header (4.1 item 4)");
        }
        if (!request.hasToken("Upgrade", "websocket")) {
            problems.add("no 'Upgrade: websocket' header (4.1 item 5)");
        }
        if (!request.hasToken("Connection", "Upgrade")) {
            problems.add("the Connection header does not include Upgrade (4.1 item 6)");
        }
        String key = request.header("Sec-WebSocket-Key").orElse(null);
        if (key == null) {
            problems.add("no Sec-WebSocket-Key header (4.1 item 7)");
        } else if (AcceptKey.keyProblem(key) != null) {
            problems.add("Sec-WebSocket-Key " + AcceptKey.keyProblem(key) + " (4.1 item 7)");
        }
        String version = request.header("Sec-WebSocket-Version").orElse(null);
        if (version == null) {
            problems.add("no Sec-WebSocket-Version header (4.1 item 9)");
        } else if (!version.equals("13")) {
            problems.add("Sec-WebSocket-Version is " + version + ", but RFC 6455 requires 13 (4.1 item 9; " + versionNote(version)
                    + "); a server refuses it with an error status such as 426 and a Sec-WebSocket-Version header"
                    + " naming the versions it speaks (4.2.2 item 4, 4.4)");
        }
        return problems;
    }

    /**
     * What a server's refusal (any status but 101) leaves out. The status itself is the server's choice: RFC 6455 gives
     * 400 (4.2.1) and 426 (4.2.2 item 4) only as examples ("such as"). What it does require, when the refusal is about
     * the version, is a Sec-WebSocket-Version header naming the versions the server speaks (4.2.2 item 4, 4.4).
     */
    public static List<String> refusalProblems(HttpMessage request, HttpMessage refusal) {
        List<String> problems = new ArrayList<>();
        String version = request.header("Sec-WebSocket-Version").orElse(null);
        boolean versionRefused = version != null && !version.trim().equals("13");
        if (refusal.status() != 101 && versionRefused && refusal.header("Sec-WebSocket-Version").isEmpty()) {
            problems.add("the refusal has no Sec-WebSocket-Version header: a server that does not speak the client's version"
                    + " MUST name the versions it does speak (4.2.2 item 4, 4.4)");
        }
        return problems;
    }

    /** What is wrong with a server's answer to a request that sent {@code key}, per the client's checks in 4.1. */
    public static List<String> responseProblems(HttpMessage response, String key) {
        List<String> problems = new ArrayList<>();
        if (response.status() != 101) {
            problems.add("status is " + response.status() + " " + response.reason() + ", not 101 Switching Protocols");
            return problems;
        }
        if (!response.hasToken("Upgrade", "websocket")) {
            problems.add("no 'Upgrade: websocket' header in the response");
        }
        if (!response.hasToken("Connection", "Upgrade")) {
            problems.add("the response's Connection header does not include Upgrade");
        }
        String expected = AcceptKey.accept(key);
        String got = response.header("Sec-WebSocket-Accept").orElse(null);
        if (got == null) {
            problems.add("no Sec-WebSocket-Accept header; expected " + expected);
        } else if (!got.equals(expected)) {
            problems.add("Sec-WebSocket-Accept does not match: expected " + expected + ", got " + got);
        }
        return problems;
    }

    /** What the registry of RFC 6455 11.6 says of a version number: 0-8 were drafts, 9-12 are reserved, 13 is the RFC. */
    static String versionNote(String version) {
        int v;
        try {
            v = Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            return "not a version number (11.6)";
        }
        if (v >= 0 && v <= 8) {
            return v + " is registered in 11.6 for draft " + String.format("%02d", v) + ", before the RFC";
        }
        if (v >= 9 && v <= 12) {
            return v + " is reserved in the registry of 11.6";
        }
        return v + " is not in the registry of 11.6";
    }
}
