package dev.wstutor.view;

import dev.wstutor.event.WireEvent;
import dev.wstutor.wire.HandshakeExplainer;
import dev.wstutor.wire.HeaderNote;
import dev.wstutor.wire.HttpMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an opening-handshake head in wire order: each line as it was sent and, under it, what it is for,
 * whether the handshake needs it and where RFC 6455 says so. {@code brief} shows only the lines.
 */
public final class HandshakeView {
    private static final String UNDER = "    ";

    private final Style style;
    private final boolean brief;

    public HandshakeView(Style style, boolean brief) {
        this.style = style;
        this.brief = brief;
    }

    public List<String> render(WireEvent.HandshakeSeen e) {
        Caption c = Caption.live(e.connection(), e.since(), e.observer(), e.direction());
        return render(e.head(), e.raw(), c);
    }

    /** @param raw the head's exact text, or null to show the lines rebuilt from the parsed head */
    public List<String> render(HttpMessage head, String raw, Caption c) {
        List<String> lines = new ArrayList<>();
        String arrow = c.sender() == null ? "" : "  " + c.arrow(style);
        String what = head.isResponse() ? "handshake response" : "handshake request";
        String lead = c.lead().isEmpty() ? "" : style.dim(c.lead()) + arrow + "  ";
        lines.add(lead + style.bold(what) + (c.tap().isEmpty() ? "" : style.dim(", " + c.tap())));
        List<String> sent = linesAsSent(head, raw);
        add(lines, sent.get(0), HandshakeExplainer.explainStartLine(head));
        for (int i = 0; i < head.headers().size(); i++) {
            HttpMessage.Header h = head.headers().get(i);
            add(lines, sent.get(i + 1), HandshakeExplainer.explain(h.name(), head));
        }
        if (!brief && !head.isResponse()) {
            for (String problem : HandshakeExplainer.requestProblems(head)) {
                lines.add(style.red("  ✗ " + Printable.of(problem)));
            }
        }
        return lines;
    }

    public List<String> render(HttpMessage head) {
        return render(head, null, new Caption("", null, ""));
    }

    private void add(List<String> lines, String sent, HeaderNote note) {
        lines.add("  " + style.bold(Printable.of(sent)));
        if (!brief) {
            String ref = note.reference().isEmpty() ? "" : style.dim(" (" + note.reference() + ")");
            lines.add(UNDER + tag(note.requirement()) + " " + note.meaning() + ref);
        }
    }

    private String tag(HeaderNote.Requirement r) {
        return switch (r) {
            case REQUIRED -> style.green("[required]");
            case OPTIONAL -> style.cyan("[optional]");
            case HTTP -> style.dim("[plain HTTP]");
        };
    }

    /**
     * The start line and header lines exactly as on the wire when the raw text lines up with the parsed head
     * (the learner should see "Host:server" if that is what was sent), else rebuilt as "Name: value".
     */
    static List<String> linesAsSent(HttpMessage head, String raw) {
        List<String> rebuilt = new ArrayList<>();
        rebuilt.add(head.startLine());
        head.headers().forEach(h -> rebuilt.add(h.name() + ": " + h.value()));
        if (raw == null) {
            return rebuilt;
        }
        List<String> exact = new ArrayList<>();
        for (String l : raw.split("\r?\n", -1)) {
            if (l.isEmpty()) {
                break;
            }
            exact.add(l);
        }
        return exact.size() == rebuilt.size() ? exact : rebuilt;
    }
}
