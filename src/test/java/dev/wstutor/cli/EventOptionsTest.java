package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.view.Detail;
import dev.wstutor.view.EventJson;
import dev.wstutor.view.FrameClass;
import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class EventOptionsTest {
    @Command(name = "watch")
    static final class Watch implements Runnable {
        @Mixin
        EventOptions view;

        @Override
        public void run() {
        }
    }

    private static CommandLine parse(Watch w, StringWriter err) {
        CommandLine cmd = new CommandLine(w);
        cmd.setErr(new PrintWriter(err, true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(new UsageErrors());
        return cmd;
    }

    @Test
    void defaultsToNormalDetailAndEveryFrameClassAsText() {
        Watch w = new Watch();
        assertEquals(0, parse(w, new StringWriter()).execute());
        assertEquals(Detail.NORMAL, w.view.detail());
        assertEquals(FrameClass.all(), w.view.only());
        assertFalse(w.view.json());
    }

    @Test
    void readsOnlyFramesAndJson() {
        Watch w = new Watch();
        assertEquals(0, parse(w, new StringWriter()).execute("--only", "text,control", "--frames", "summary", "--json"));
        assertEquals(EnumSet.of(FrameClass.TEXT, FrameClass.CONTROL), w.view.only());
        assertEquals(Detail.SUMMARY, w.view.detail());
        assertInstanceOf(EventJson.class, w.view.format(Style.PLAIN, w.view.timeline()));
    }

    @Test
    void rejectsAnUnknownFrameClassAsAUsageErrorInOneLine() {
        StringWriter err = new StringWriter();
        assertEquals(2, parse(new Watch(), err).execute("--only", "texts"));
        assertEquals(1, err.toString().split("\n").length, err.toString());
        assertTrue(err.toString().contains("unknown frame class 'texts'; choose from text, binary, control"), err.toString());
    }

    @Test
    void withFramesNoneFrameEventsNeverReachThePrinterButConnectionEventsDo() {
        Watch w = new Watch();
        parse(w, new StringWriter()).parseArgs("--frames", "none");
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        dev.wstutor.view.EventPrinter printer = w.view.start(lines::add, Style.PLAIN);
        dev.wstutor.event.WireListener feed = w.view.feed(printer);
        byte[] raw = {(byte) 0x81, 0x02, 0x68, 0x69};
        dev.wstutor.wire.Frame frame = new dev.wstutor.wire.Frame(true, false, false, false, 1, false, new byte[0], 2, 7,
                new byte[] {0x68, 0x69}, raw);
        feed.on(new dev.wstutor.event.WireEvent.FrameSeen(1, dev.wstutor.event.Endpoint.SERVER, java.time.Duration.ZERO,
                dev.wstutor.event.Direction.IN, frame));
        feed.on(new dev.wstutor.event.WireEvent.Closed(1, dev.wstutor.event.Endpoint.SERVER, java.time.Duration.ZERO, 1000, "", true));
        printer.close();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("closed"), lines.get(0));
        assertEquals(0, printer.dropped());

        Watch json = new Watch();
        parse(json, new StringWriter()).parseArgs("--frames", "none", "--json");
        dev.wstutor.view.EventPrinter p2 = json.view.start(l -> { }, Style.PLAIN);
        assertTrue(json.view.feed(p2) == p2, "--json still reports every frame");
        p2.close();
    }
}
