package dev.wstutor.lesson.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.lesson.DemoContext;
import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptDemoTest {

    /** A plain context whose learner lines are given. */
    private static final class Context implements DemoContext {
        final StringWriter text = new StringWriter();
        final PrintWriter out = new PrintWriter(text, true);
        final Map<String, String> args;
        final Deque<String> lines;

        Context(Map<String, String> args, String... lines) {
            this.args = args;
            this.lines = new ArrayDeque<>(List.of(lines));
        }

        @Override
        public Style style() {
            return Style.PLAIN;
        }

        @Override
        public PrintWriter out() {
            return out;
        }

        @Override
        public void printAbove(String line) {
            out.println(line);
        }

        @Override
        public boolean interactive() {
            return false;
        }

        @Override
        public int width() {
            return 80;
        }

        @Override
        public Map<String, String> args() {
            return args;
        }

        @Override
        public Optional<String> readLine(String prompt) {
            return Optional.ofNullable(lines.poll());
        }

        @Override
        public <T extends AutoCloseable> T session(Class<T> type, SessionFactory<T> create) throws Exception {
            return create.create();
        }
    }

    @Test
    void derivesTheRfcSampleKeyStepByStep() {
        Context ctx = new Context(Map.of());
        new AcceptDemo().run(ctx);
        String out = ctx.text.toString();
        assertTrue(out.contains("dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), out);
        assertTrue(out.contains("b37a4f2cc0624f1690f64606cf385945b2bec4ea"), out);
        assertTrue(out.contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), out);
    }

    @Test
    void derivesEachFurtherKeyTheLearnerGivesAndWarnsAboutAKeyOfTheWrongSize() {
        Context ctx = new Context(Map.of("key", "AAAAAAAAAAAAAAAAAAAAAA=="), "c2hvcnQ=", "");
        new AcceptDemo().run(ctx);
        String out = ctx.text.toString();
        assertEquals(2, out.split("Sec-WebSocket-Accept, step by step", -1).length - 1, out);
        assertTrue(out.contains("decodes to 5 bytes, not 16"), out);
    }
}
