package dev.wstutor.lesson.live;

import dev.wstutor.live.LiveLab;
import dev.wstutor.lesson.Demo;
import dev.wstutor.lesson.DemoContext;
import java.util.List;

/** A demo that runs on the lesson's shared {@link LiveLab}. */
abstract class LiveDemo implements Demo {
    private final String name;

    LiveDemo(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final void run(DemoContext ctx) throws Exception {
        run(ctx, ctx.session(LiveLab.class, LiveLab::open));
    }

    abstract void run(DemoContext ctx, LiveLab live) throws Exception;

    static void print(DemoContext ctx, List<String> lines) {
        for (String line : lines) {
            ctx.out().println(line);
        }
        ctx.out().flush();
    }
}
