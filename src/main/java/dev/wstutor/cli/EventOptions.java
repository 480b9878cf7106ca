package dev.wstutor.cli;

import dev.wstutor.event.WireListener;
import dev.wstutor.view.Detail;
import dev.wstutor.view.EventFormat;
import dev.wstutor.view.EventJson;
import dev.wstutor.view.EventPrinter;
import dev.wstutor.view.EventText;
import dev.wstutor.view.FrameClass;
import dev.wstutor.view.LineSink;
import dev.wstutor.view.Style;
import dev.wstutor.view.Timeline;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of every command that shows live traffic ({@code serve}, {@code connect}, {@code inspect}), as
 * a picocli mixin so they read the same everywhere: {@code @Mixin EventOptions view;} then
 * {@code view.start(sink)} for the printer to hand to the tap.
 */
public final class EventOptions {
    @Option(names = "--frames", paramLabel = "none|summary|normal|full", defaultValue = "normal",
            description = "how much of each frame to show (default: ${DEFAULT-VALUE})")
    Detail detail = Detail.NORMAL;

    @Option(names = "--only", paramLabel = "text,binary,control", converter = OnlyConverter.class,
            description = "show only these kinds of frames; handshakes, rejections and closes always show")
    Set<FrameClass> only = FrameClass.all();

    @Option(names = "--json", description = "one JSON object per event (NDJSON) instead of text")
    boolean json;

    @Option(names = "--time", paramLabel = "relative|wall|none", defaultValue = "relative",
            description = "each line's time: seconds since the command started (+1.234s), the wall clock (14:03:07.123), or none (default: ${DEFAULT-VALUE})")
    Timeline.Mode time = Timeline.Mode.RELATIVE;

    public Detail detail() {
        return detail;
    }

    public Set<FrameClass> only() {
        return only;
    }

    public boolean json() {
        return json;
    }

    /**
     * A new clock for one run of a command: every connection and leg it shows is timed from this one origin, so
     * the lines are in order (the tap times each connection from its own first byte).
     */
    public Timeline timeline() {
        return Timeline.startingNow(time);
    }

    public EventFormat format(Style style, Timeline timeline) {
        return json ? new EventJson(timeline) : new EventText(style, detail, timeline);
    }

    /**
     * A running printer writing to {@code sink}; close it when the command ends so the last lines show. To a
     * terminal it drops what it cannot keep up with (and says so); to a file or a pipe, a capture, it loses
     * nothing and slows the network threads instead.
     */
    public EventPrinter start(LineSink sink, Style style) {
        Timeline timeline = timeline();
        return start(sink, format(style, timeline), timeline);
    }

    /** {@link #start(LineSink, Style)} with another format (a proxy's leg labels) made on {@code timeline}. */
    public EventPrinter start(LineSink sink, EventFormat format, Timeline timeline) {
        return EventPrinter.start(sink, format, only, EventPrinter.DEFAULT_CAPACITY, EventPrinter.DEFAULT_BYTE_BUDGET,
                System.console() == null ? EventPrinter.Overflow.WAIT : EventPrinter.Overflow.DROP, timeline);
    }

    /**
     * Where a command's own lines go ("listening on", "stopped", answers to operator commands): with
     * {@code --json} stderr, so that stdout is NDJSON and nothing else; otherwise the console.
     */
    public LineSink human(LineSink console, java.io.PrintWriter err) {
        return json ? LineSink.of(err) : console;
    }

    /**
     * What a tap should report to: the printer itself, or, when no frame would be shown (--frames none without
     * --json), a gate that drops frame events before they reach the printer's queue. The printer would only
     * discard them, and at tens of thousands of frames a second its thread cost more CPU than the server's own
     * (measured with scripts/bench-echo). Handshakes, rejections and connection events still pass.
     */
    public WireListener feed(EventPrinter printer) {
        if (detail != Detail.NONE || json) {
            return printer;
        }
        return printer.withoutFrames();
    }

    /** Turns FrameClass's message into picocli's, so a bad --only is a usage error (exit 2) in one line. */
    static final class OnlyConverter implements CommandLine.ITypeConverter<Set<FrameClass>> {
        @Override
        public Set<FrameClass> convert(String value) {
            try {
                return FrameClass.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
