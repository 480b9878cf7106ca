package dev.wstutor.quiz;

import dev.wstutor.live.LiveLab;
import dev.wstutor.live.Probe;
import java.util.Random;

/**
 * Takes the capture a live question asks about on a fresh {@link LiveLab} (server and client on 127.0.0.1, any
 * free port), closed again once the frame or handshake has been seen.
 */
public final class LiveProbes implements Presenter.LiveLab {
    private final Random random;

    public LiveProbes(Random random) {
        this.random = random;
    }

    @Override
    public LiveInstance make(Question q) throws Exception {
        AnswerKey.Live key = (AnswerKey.Live) q.key();
        Probe probe = Probe.named(key.probe())
                .orElseThrow(() -> new IllegalArgumentException("unknown live probe '" + key.probe() + "'"));
        try (LiveLab lab = LiveLab.open(Probe.randomPath(random))) {
            return LiveQuestions.make(q, lab.capture(probe, random), random);
        }
    }
}
