package dev.wstutor.lesson.live;

import dev.wstutor.lesson.Demo;
import java.util.List;

/** Every demo that runs on the live connection, for the registry. */
public final class LiveDemos {
    private LiveDemos() {
    }

    public static List<Demo> all() {
        return List.of(new HandshakeRequestDemo(), new HandshakeResponseDemo(), new AcceptDerivationDemo(), new FramesDemo(),
                new ConnectionDemo(), new PingDemo(), new CloseDemo(), new TryItDemo(), new BadHandshakeDemo(),
                new ServerPushDemo(), new FrameAnatomyDemo(), new PushVersusPollingDemo());
    }
}
