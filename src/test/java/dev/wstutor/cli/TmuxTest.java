package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The terminal test driver itself: a program that ends early fails a test with what it printed. */
class TmuxTest {
    @Test
    void aProgramThatEndsEarlyFailsTheWaitWithItsLastScreenNotWithTmuxGone() throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        try (Tmux tmux = new Tmux("early-exit")) {
            tmux.start(80, 10, "echo 'wstutor: no lessons directory at /nowhere'; exit 3");
            AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> tmux.waitFor("wstutor> "));
            assertTrue(e.getMessage().contains("the program ended before the screen showed 'wstutor> '"), e.getMessage());
            assertTrue(e.getMessage().contains("wstutor: no lessons directory at /nowhere"), e.getMessage());
        }
    }
}
