package dev.wstutor.progress;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where wstutor keeps what it learns about its user: {@code WSTUTOR_HOME} if set, else
 * {@code $XDG_STATE_HOME/wstutor}, else {@code ~/.local/state/wstutor} (XDG Base Directory spec).
 */
public record StateDir(Path path) {

    public static StateDir fromEnvironment() {
        return from(System.getenv(), System.getProperty("user.home"));
    }

    public static StateDir from(Map<String, String> env, String userHome) {
        String home = env.get("WSTUTOR_HOME");
        if (home != null && !home.isBlank()) {
            return new StateDir(Path.of(home));
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new StateDir(Path.of(xdg, "wstutor"));
        }
        return new StateDir(Path.of(userHome, ".local", "state", "wstutor"));
    }

    public Path resolve(String file) {
        return path.resolve(file);
    }
}
