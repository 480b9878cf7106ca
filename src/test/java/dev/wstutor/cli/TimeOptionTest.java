package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.WireListener;
import dev.wstutor.net.TapClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve in its own process with two clients: one clock for every connection, in the three ways to write it. */
class TimeOptionTest {
    private static final Pattern RELATIVE = Pattern.compile("^\\+(\\d+)\\.(\\d{3})s #(\\d+)\\b");
    private static final Pattern WALL = Pattern.compile("^(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) #(\\d+)\\b");

    @TempDir
    Path home;

    private static TapClient client(int port) throws Exception {
        return TapClient.connect(URI.create("ws://127.0.0.1:" + port + "/"), TapClient.Options.defaults(),
                WireListener.NONE, new TapClient.Handler() { }, System::nanoTime);
    }

    /** The second client connects after the first has talked; then the first talks again. */
    private static List<String> twoClientsTalk(WstutorProcess serve) throws Exception {
        int port = serve.listeningPort();
        try (TapClient a = client(port)) {
            a.send("a1");
            assertNotNull(serve.awaitLine(l -> l.contains("\"a1\"") && l.contains("server → client")), String.join("\n", serve.stdout()));
            try (TapClient b = client(port)) {
                b.send("b1");
                assertNotNull(serve.awaitLine(l -> l.contains("\"b1\"") && l.contains("server → client")));
                a.send("a2");
                assertNotNull(serve.awaitLine(l -> l.contains("\"a2\"") && l.contains("server → client")));
            }
        }
        serve.interrupt();
        assertEquals(0, serve.waitFor(10));
        return serve.stdout();
    }

    @Test
    void linesOfTwoConnectionsShareOneClockAndPrintInTheOrderTheyHappened() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", "0", "--frames", "summary")) {
            List<String> lines = twoClientsTalk(serve);
            List<Long> millis = new ArrayList<>();
            List<Integer> connections = new ArrayList<>();
            for (String l : lines) {
                Matcher m = RELATIVE.matcher(l);
                if (m.find()) {
                    millis.add(Long.parseLong(m.group(1)) * 1000 + Long.parseLong(m.group(2)));
                    connections.add(Integer.parseInt(m.group(3)));
                }
            }
            assertTrue(connections.contains(1) && connections.contains(2), String.join("\n", lines));
            for (int i = 1; i < millis.size(); i++) {
                assertTrue(millis.get(i) >= millis.get(i - 1), "time went back at line " + i + ":\n" + String.join("\n", lines));
            }
            // The second connection began after the first had talked: its first line is not at +0.000s.
            int firstOfTwo = connections.indexOf(2);
            assertTrue(millis.get(firstOfTwo) > millis.get(0), String.join("\n", lines));
            int a2 = indexOf(lines, "\"a2\"");
            assertTrue(a2 > indexOf(lines, "\"b1\""), "a2 was sent after b1 was echoed:\n" + String.join("\n", lines));
        }
    }

    @Test
    void wallClockTimesHaveMillisecondsAndNoneLeavesOnlyTheConnectionNumber() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", "0", "--frames", "summary", "--time", "wall")) {
            List<String> lines = twoClientsTalk(serve);
            List<Integer> millisOfDay = new ArrayList<>();
            for (String l : lines) {
                Matcher m = WALL.matcher(l);
                if (m.find()) {
                    millisOfDay.add(((Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))) * 60
                            + Integer.parseInt(m.group(3))) * 1000 + Integer.parseInt(m.group(4)));
                }
            }
            assertTrue(millisOfDay.size() >= 8, String.join("\n", lines));
            for (int i = 1; i < millisOfDay.size(); i++) {
                // in order, unless the test ran across midnight
                assertTrue(millisOfDay.get(i) >= millisOfDay.get(i - 1) || millisOfDay.get(i) < 1000, String.join("\n", lines));
            }
        }
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", "0", "--frames", "summary", "--time", "none")) {
            List<String> lines = twoClientsTalk(serve);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("#2  ")), String.join("\n", lines));
            assertTrue(lines.stream().noneMatch(l -> RELATIVE.matcher(l).find() || WALL.matcher(l).find()), String.join("\n", lines));
        }
    }

    @Test
    void aTimeThatIsNotOneOfTheThreeIsAUsageError() {
        CommandRun run = CommandRun.of("serve", "--time", "utc");
        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().toLowerCase().contains("relative") && run.err().toLowerCase().contains("wall"), run.err());
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in:\n" + String.join("\n", lines));
    }
}
