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
        assertInstanceOf(EventJson.class, w.view.format(Style.PLAIN));
    }

    @Test
    void rejectsAnUnknownFrameClassAsAUsageErrorInOneLine() {
        StringWriter err = new StringWriter();
        assertEquals(2, parse(new Watch(), err).execute("--only", "texts"));
        assertEquals(1, err.toString().split("\n").length, err.toString());
        assertTrue(err.toString().contains("unknown frame class 'texts'; choose from text, binary, control"), err.toString());
    }
}
