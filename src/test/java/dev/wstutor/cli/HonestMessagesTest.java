package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.progress.AtomicFiles;
import dev.wstutor.progress.StateDir;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that say what is really the case: a server open to the network, an address that is not ours, a home that cannot hold progress. */
class HonestMessagesTest {
    @TempDir
    Path home;

    @Test
    void aServerOnEveryInterfaceSaysItIsReachableFromTheNetworkOnceAtStart() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--host", "0.0.0.0", "--port", "0", "--frames", "none")) {
            String first = serve.nextLine();
            assertNotNull(first);
            assertTrue(first.startsWith("listening on ws://0.0.0.0:"), first);
            String second = serve.nextLine();
            assertTrue(second.contains("reachable from the network"), second);
            serve.interrupt();
            serve.waitFor(10);
            assertEquals(1, serve.stdout().stream().filter(l -> l.contains("reachable from the network")).count());
        }
        try (WstutorProcess local = WstutorProcess.start(home, "serve", "--port", "0", "--frames", "none")) {
            local.listeningPort();
            local.type(true); // stdin ends; the server runs on
            local.interrupt();
            local.waitFor(10);
            assertTrue(local.stdout().stream().noneMatch(l -> l.contains("reachable")), String.join("\n", local.stdout()));
        }
    }

    @Test
    void anAddressThatIsNotThisMachinesIsSaidSoNotPortInUse() {
        CommandRun run = CommandRun.of("serve", "--host", "192.0.2.1", "--port", "0"); // TEST-NET-1 (RFC 5737): never local
        assertEquals(1, run.exit());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("not an address of this machine"), run.err());
    }

    @Test
    void aPortInUseIsStillSaidSo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun run = CommandRun.of("serve", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, run.exit());
            assertTrue(run.err().contains("is in use; try --port 0"), run.err());
        }
    }

    @Test
    void aHomeThatIsAFileIsNamedWithTheReason() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-dir"), "x");
        IOException refused = null;
        try {
            AtomicFiles.write(file.resolve("progress.json"), new byte[] {'{', '}'});
        } catch (IOException e) {
            refused = e;
        }
        assertNotNull(refused);
        String why = StateDir.whyNotSaved(refused, file);
        assertTrue(why.startsWith("WSTUTOR_HOME (" + file + ") is a file, not a directory"), why);
    }

    @Test
    void whenItsPlaceCannotBeSavedALessonSaysWhyAndDoesNotPromiseToResume() throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        Path lessons = Files.createDirectories(home.resolve("lessons"));
        Files.writeString(lessons.resolve("01-tiny.md"), "---\nid: tiny\ntitle: Tiny\norder: 1\ncovers: [ws-1]\n---\n"
                + "\n## Alpha\n\nFirst step text.\n\n## Beta\n\nSecond step text.\n");
        Path file = Files.writeString(home.resolve("not-a-dir"), "x");
        try (Tmux tmux = new Tmux("home-test")) {
        tmux.start(140, 40, Tmux.wstutor(file, "", "-Dwstutor.lessons=" + Tmux.quote(lessons.toString()), "lesson tiny", "EXIT"));
        tmux.waitFor("[Enter: next step, q: quit]");
        tmux.press("Enter");
        tmux.waitFor("Step 2/2: Beta");
        tmux.press("q", "Enter");
        String screen = tmux.waitFor("EXIT=0");
        assertTrue(screen.contains("WSTUTOR_HOME (" + file + ") is a file, not a directory"), screen);
        assertTrue(screen.contains("running the lesson again will not resume here"), screen);
        assertFalse(screen.contains("run the lesson again to resume"), screen);
        }
    }

}
