package dev.wstutor.view;

import dev.wstutor.event.WireEvent;
import java.util.List;

/** Turns one event into the lines that show it: styled text for people, or one JSON object for programs. */
@FunctionalInterface
public interface EventFormat {
    List<String> lines(WireEvent event);
}
