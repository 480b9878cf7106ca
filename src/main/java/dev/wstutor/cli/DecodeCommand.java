package dev.wstutor.cli;

import dev.wstutor.event.Endpoint;
import dev.wstutor.view.Caption;
import dev.wstutor.view.Detail;
import dev.wstutor.view.EventJson;
import dev.wstutor.view.FrameView;
import dev.wstutor.view.Style;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.FrameDecoder;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.MessageAssembler;
import dev.wstutor.wire.ProtocolViolation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wstutor decode HEX...}: every frame in some bytes, field by field. Frames decoded before a bad one are
 * printed first, so the learner sees how far the bytes were good; the bad one is one line on stderr with its
 * byte offset (exit 1). Bytes that are not hex are a usage mistake (exit 2), like any malformed argument.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decode WebSocket frames from hex and show every field (RFC 6455 5.2).",
                "Give the hex as one argument, as several, or - to read it from stdin.",
                "Example: wstutor decode \"81 85 37 fa 21 3d 7f 9f 4d 51 58\""})
final class DecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Io io;

    DecodeCommand(Io io) {
        this.io = io;
    }

    @Parameters(arity = "1..*", paramLabel = "HEX", description = "bytes in hex: \"81 05 48 65\", 81054865, 0x81,0x05 or -")
    List<String> hex;

    @Option(names = "--from", paramLabel = "client|server",
            description = "who sent the bytes; enforces the masking rule (client frames masked, server frames not)")
    Endpoint from;

    @Option(names = "--frames", paramLabel = "summary|normal|full", defaultValue = "full",
            description = "how much of each frame to show (default: ${DEFAULT-VALUE})")
    Detail detail;

    @Option(names = "--json", description = "one JSON object per frame (NDJSON) instead of text")
    boolean json;

    @Override
    public Integer call() {
        byte[] bytes = readHex();
        PrintWriter out = spec.commandLine().getOut();
        FrameDecoder decoder = new FrameDecoder(options());
        MessageAssembler assembler = new MessageAssembler(Integer.MAX_VALUE);
        FrameView view = new FrameView(Style.detect(false), detail);
        EventJson jsonFormat = new EventJson();
        boolean messageOpen = false;
        int at = 0;
        int index = 1;
        try {
            while (at < bytes.length) {
                FrameDecoder.Decoded d = decoder.decode(bytes, at);
                Frame f = d.frame();
                Optional<MessageAssembler.Message> message = assembler.accept(f, at);
                if (json) {
                    out.println(jsonFormat.frame(f, index, at, from));
                } else {
                    if (index > 1 && detail.compareTo(Detail.NORMAL) >= 0) {
                        out.println();
                    }
                    view.render(f, Caption.offline(index, at, from)).forEach(out::println);
                }
                if (!f.isControl()) {
                    messageOpen = !f.fin();
                }
                // Only a fragmented message needs showing again: a single frame already shows its message.
                if (message.isPresent() && message.get().frames() > 1) {
                    out.println(json ? jsonFormat.message(message.get()) : view.render(message.get()));
                }
                at = d.next();
                index++;
            }
        } catch (ProtocolViolation v) {
            out.flush();
            throw new UserError(v.getMessage());
        }
        if (messageOpen && !json) {
            out.println("… the message is not finished: its last frame has FIN=0, more fragments would follow");
        }
        out.flush();
        return ExitCode.OK;
    }

    /**
     * Lenient unless {@code --from} names the sender. No size limit: a limit is a receiver's policy (1009), not
     * a rule the bytes break, and a huge announced length in pasted bytes is better reported as truncation.
     */
    private FrameDecoder.Options options() {
        FrameDecoder.MaskRule mask = from == null ? FrameDecoder.MaskRule.ANY
                : from == Endpoint.CLIENT ? FrameDecoder.MaskRule.REQUIRED : FrameDecoder.MaskRule.FORBIDDEN;
        return new FrameDecoder.Options(mask, false, Long.MAX_VALUE);
    }

    private byte[] readHex() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < hex.size(); i++) {
            boolean stdin = hex.get(i).equals("-");
            String text = stdin ? readStdin() : hex.get(i);
            try {
                all.writeBytes(Hex.parse(text));
            } catch (IllegalArgumentException e) {
                String where = stdin ? " on stdin" : hex.size() > 1 ? " in argument " + (i + 1) : "";
                throw UserError.usage("bad hex" + where + ": " + e.getMessage()
                        + "; give bytes as hex pairs, e.g. \"81 05 48 65 6c 6c 6f\"");
            }
        }
        if (all.size() == 0) {
            throw UserError.usage("no bytes to decode; give bytes as hex pairs, e.g. \"81 05 48 65 6c 6c 6f\"");
        }
        return all.toByteArray();
    }

    private String readStdin() {
        try {
            return new String(io.stdin().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
