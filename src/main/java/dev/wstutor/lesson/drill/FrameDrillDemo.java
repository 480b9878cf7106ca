package dev.wstutor.lesson.drill;

import dev.wstutor.event.Endpoint;
import dev.wstutor.lesson.Demo;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.lesson.MarkdownRenderer;
import dev.wstutor.view.Caption;
import dev.wstutor.view.Detail;
import dev.wstutor.view.FrameView;
import dev.wstutor.view.Style;
import dev.wstutor.wire.FrameDecoder;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.ProtocolViolation;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Scored decoding practice: frames made fresh for this run ({@link FrameDrill}), shown in hex; the learner
 * decodes them field by field and each answer is checked at once; then the frames are shown decoded, as
 * {@code wstutor decode} would. Arguments (all content, from the lesson file): {@code kinds} (which exercises, in
 * order, separated by |), {@code words} and {@code reasons} (what payloads may say), and one line per kind
 * ({@code fragmented:}, {@code length-16:}, {@code close:}, {@code masked:}) setting the scene.
 */
public final class FrameDrillDemo implements Demo {
    /** Bytes shown per frame before the rest is counted: enough for every header field and a payload's start. */
    private static final int SHOWN = 32;

    @Override
    public String name() {
        return "frame-drill";
    }

    @Override
    public void run(DemoContext ctx) throws ProtocolViolation {
        FrameDrill drill = new FrameDrill(new SecureRandom(), list(ctx.arg("words", "hello")),
                list(ctx.arg("reasons", "bye")));
        List<FrameDrill.Kind> kinds = list(ctx.arg("kinds", "fragmented | length-16 | close | masked")).stream()
                .map(FrameDrill.Kind::of).toList();
        Style style = ctx.style();
        MarkdownRenderer text = new MarkdownRenderer(style, ctx.width());
        FrameView decoded = new FrameView(style, Detail.NORMAL);
        int right = 0;
        int answered = 0;
        int asked = 0;
        for (int n = 0; n < kinds.size(); n++) {
            FrameDrill.Exercise exercise = drill.make(kinds.get(n));
            ctx.out().println(style.bold("Exercise " + (n + 1) + " of " + kinds.size() + ": " + exercise.kind().label()));
            text.renderText(ctx.arg(exercise.kind().label(), ""), "", "").forEach(ctx.out()::println);
            for (int f = 0; f < exercise.frames().size(); f++) {
                showBytes(ctx, exercise.frames().size() == 1 ? "frame" : "frame " + (f + 1), exercise.frames().get(f));
            }
            for (FrameDrill.Field field : exercise.fields()) {
                asked++;
                Optional<String> reply = ctx.readLine("  " + field.name() + "? > ");
                if (reply.isPresent() && !reply.get().isBlank()) {
                    answered++;
                    boolean ok = field.accepts(reply.get());
                    right += ok ? 1 : 0;
                    ctx.out().println("    " + (ok ? style.green("right: " + field.shown())
                            : style.yellow("not quite: the answer is " + field.shown())));
                } else {
                    ctx.out().println("  " + field.name() + ": " + style.bold(field.shown()));
                }
            }
            ctx.out().println(style.dim("  Decoded, field by field:"));
            long offset = 0;
            int index = 1;
            for (byte[] frame : exercise.frames()) {
                Endpoint sender = exercise.kind() == FrameDrill.Kind.MASKED ? Endpoint.CLIENT : Endpoint.SERVER;
                decoded.render(new FrameDecoder().decode(frame, 0).frame(), Caption.offline(index++, offset, sender))
                        .forEach(line -> ctx.out().println("  " + line));
                offset += frame.length;
            }
            ctx.out().println();
        }
        ctx.out().println(answered == 0 ? style.dim(asked + " fields, none answered: the answers are shown above.")
                : style.bold("Score: " + right + " of " + asked + " fields right"
                + (answered < asked ? " (" + (asked - answered) + " not answered)." : ".")));
        ctx.out().flush();
    }

    private static void showBytes(DemoContext ctx, String label, byte[] frame) {
        byte[] shown = Arrays.copyOf(frame, Math.min(frame.length, SHOWN));
        for (int row = 0; row < shown.length; row += 16) {
            String lead = row == 0 ? String.format("  %-8s ", label + ":") : "           ";
            ctx.out().println(lead + ctx.style().cyan(Hex.format(shown, row, Math.min(shown.length, row + 16))));
        }
        if (frame.length > shown.length) {
            ctx.out().println("           " + ctx.style().dim("… " + (frame.length - shown.length) + " more bytes ("
                    + frame.length + " in all)"));
        }
    }

    private static List<String> list(String arg) {
        return Arrays.stream(arg.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
