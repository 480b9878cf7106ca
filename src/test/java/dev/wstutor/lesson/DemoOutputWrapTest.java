package dev.wstutor.lesson;

import dev.wstutor.view.Console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a demo prints is folded to the learner's width at spaces, as the lesson's own text is. */
class DemoOutputWrapTest {
    private static final String LONG = "(the client's tap shows no incoming Close: Java-WebSocket, having started the "
            + "close, does not decode the server's reply; it is on the wire, as the server's tap shows)";

    private static List<String> run(int width) throws Exception {
        Demo talker = new Demo() {
            @Override
            public String name() {
                return "talker";
            }

            @Override
            public void run(DemoContext ctx) {
                ctx.out().println(LONG);
                ctx.printAbove(LONG);
            }
        };
        DemoRegistry demos = DemoRegistry.declaring(List.of()).with(talker);
        Lesson lesson = new LessonParser(demos).parse(Path.of("01-a.md"),
                LessonFiles.lesson("a", 1, "\n## One\n\n```demo talker\n```\n"));
        StringWriter text = new StringWriter();
        new LessonRunner(Style.PLAIN, Console.printing(new PrintWriter(text, true), width), demos)
                .run(lesson, 1, null, LessonRunner.Listener.NONE);
        return text.toString().lines().toList();
    }

    @Test
    void demoLinesFoldAtSpacesWithinTheWidth() throws Exception {
        List<String> lines = run(50);
        for (String line : lines) {
            assertTrue(line.length() <= 50, line);
        }
        String joined = String.join(" ", lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
        assertTrue(joined.contains(LONG + " " + LONG), joined);
    }

    @Test
    void aWideTerminalGetsTheLinesWhole() throws Exception {
        assertEquals(2, run(200).stream().filter(LONG::equals).count());
    }
}
