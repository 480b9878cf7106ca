package dev.wstutor.view;

import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * For a proxy, whose two legs both read "client → server": every line of an event is prefixed with the leg it
 * crossed, told apart by which end of the tap observed it (the proxy is the server of the first leg and the
 * client of the second).
 */
public record LegLabels(EventFormat inner, String serverObserved, String clientObserved) implements EventFormat {

    /** "app → wstutor" for the leg where wstutor is the server, "wstutor → target" for the other, padded alike. */
    public static LegLabels proxy(EventFormat inner, Style style) {
        return new LegLabels(inner, style.cyan("app↔wstutor    │ "), style.magenta("wstutor↔target │ "));
    }

    @Override
    public List<String> lines(WireEvent event) {
        String prefix = event.observer() == null ? "" : event.observer() == Endpoint.SERVER ? serverObserved : clientObserved;
        List<String> out = new ArrayList<>();
        for (String line : inner.lines(event)) {
            out.add(prefix + line);
        }
        return out;
    }
}
