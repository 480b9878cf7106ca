package dev.wstutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Entry point. {@code --version} is answered before picocli is loaded: a cold start of the JVM is
 * most of what a learner waits for, and loading the whole command tree to print one line would double it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println("wstutor " + version());
            System.exit(0);
        }
        System.exit(Cli.run(args));
    }

    static String version() {
        // From the jar's manifest, which the JVM has read already to find Main: no resource lookup at start-up.
        String fromManifest = Main.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = Main.class.getResourceAsStream("/wstutor-version.txt")) {
            if (in == null) {
                return "unknown";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
