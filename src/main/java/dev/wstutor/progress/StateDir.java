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

    /**
     * Why a state file could not be written, naming the directory and the reason: the JDK's exceptions carry only a
     * path (an AccessDeniedException's message is the path itself), which tells a learner nothing.
     */
    public static String whyNotSaved(java.io.IOException e, Path dir) {
        String where = "WSTUTOR_HOME (" + dir + ")";
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : null;
        if (reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
            return where + " is on a read-only file system; set WSTUTOR_HOME to a writable directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return where + " is not writable (permission denied at " + ((java.nio.file.AccessDeniedException) e).getFile()
                    + "); fix its permissions or set WSTUTOR_HOME to a writable directory";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return where + " is a file, not a directory; remove it or set WSTUTOR_HOME elsewhere";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return where + " cannot be created: " + n.getFile() + " does not exist";
        }
        return where + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    public Path resolve(String file) {
        return path.resolve(file);
    }
}
