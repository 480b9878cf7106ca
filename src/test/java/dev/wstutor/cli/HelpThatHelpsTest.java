package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** help COMMAND, "did you mean" for a slip of the keyboard, and -h / -V on every command, from a system shell and in wstutor's own. */
class HelpThatHelpsTest {
    @TempDir
    Path home;

    private final Tmux tmux = new Tmux("help-test");

    @AfterEach
    void killSession() throws Exception {
        tmux.close();
    }

    @Test
    void helpCommandShowsThatCommandsOwnHelp() {
        CommandRun help = CommandRun.of("help", "check");
        CommandRun dashH = CommandRun.of("check", "-h");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: wstutor check "), help.out());
        assertEquals(dashH.out(), help.out());
    }

    @Test
    void aMistypedCommandIsOneLineAndASuggestionExitTwo() {
        CommandRun run = CommandRun.of("srve", "--port", "0");
        assertEquals(2, run.exit());
        assertEquals(List.of("wstutor: unknown command 'srve' (see 'wstutor --help')", "did you mean: wstutor serve?"),
                List.of(run.errLines()));
        assertEquals("", run.out());
    }

    @Test
    void aMistypedOptionIsOneLineAndASuggestionExitTwo() {
        CommandRun run = CommandRun.of("serve", "--frams", "none");
        assertEquals(2, run.exit());
        assertEquals(List.of("wstutor: unknown option '--frams' (see 'wstutor serve --help')", "did you mean: --frames?"),
                List.of(run.errLines()));
    }

    @Test
    void helpForACommandThatDoesNotExistSuggestsTheNearestOne() {
        CommandRun run = CommandRun.of("help", "chek");
        assertEquals(2, run.exit());
        assertEquals(2, run.errLines().length, run.err());
        assertTrue(run.errLines()[0].startsWith("wstutor: no command 'chek' to explain"), run.err());
        assertTrue(run.errLines()[1].startsWith("did you mean: wstutor check"), run.err());
    }

    @Test
    void nothingNearIsOneLineWithoutAGuess() {
        CommandRun run = CommandRun.of("xyzzy");
        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().length, run.err());
    }

    @Test
    void theCommandListShowsEachCommandsWholeFirstSentence() {
        CommandLine tree = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (var e : tree.getSubcommands().entrySet()) {
            String[] description = e.getValue().getCommandSpec().usageMessage().description();
            String first = description.length == 0 ? "" : description[0].strip();
            // `wstutor --help` lists only the first line of each description
            assertTrue(first.endsWith("."), e.getKey() + "'s summary stops mid-sentence: " + first);
        }
    }

    @Test
    void everyCommandTakesDashHAndDashV() {
        CommandLine tree = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String name : tree.getSubcommands().keySet()) {
            CommandRun h = CommandRun.of(name, "-h");
            assertEquals(0, h.exit(), name + " -h: " + h.err());
            assertTrue(h.out().startsWith("Usage: wstutor " + name), name + " -h: " + h.out());
            CommandRun v = CommandRun.of(name, "-V");
            assertEquals(0, v.exit(), name + " -V: " + v.err());
            assertTrue(v.out().startsWith("wstutor "), name + " -V printed: '" + v.out() + "'");
        }
    }

    @Test
    void insideTheShellHelpAndSuggestionsWorkTheSameAndTheShellGoesOn() throws Exception {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
        tmux.start(120, 50, Tmux.wstutor(home, "NO_COLOR=1", "-Dwstutor.lessons=" + Tmux.quote(QuizRun.lessons().toString()),
                "", "SHELL_EXIT"));
        tmux.waitFor("wstutor> ");
        tmux.press("C-l", "srve", "Enter");
        String screen = tmux.waitFor("did you mean: wstutor serve?");
        assertTrue(screen.contains("wstutor: unknown command 'srve'"), screen);
        tmux.press("C-l", "help decode", "Enter");
        screen = tmux.waitFor("Usage: wstutor decode");
        tmux.press("C-l", "accept -V", "Enter");
        screen = tmux.waitFor("wstutor 0");
        tmux.press("C-l", "serve --frams none", "Enter");
        screen = tmux.waitFor("did you mean: --frames?");
        tmux.press("C-d");
        tmux.waitFor("SHELL_EXIT");
    }
}
