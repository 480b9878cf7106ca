package dev.wstutor.cli;

import dev.wstutor.progress.StateDir;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "wstutor",
        mixinStandardHelpOptions = true,
        versionProvider = WstutorCommand.Version.class,
        description = {"A terminal tutor for WebSocket and Socket.IO that runs the real protocols in front of you.",
                "With no command, at a terminal: the wstutor shell (every command below, tab completion, history)."},
        subcommands = {
                LessonsCommand.class,
                LessonCommand.class,
                NextCommand.class,
                ProgressCommand.class,
                ResetCommand.class,
                LintCommand.class,
                AcceptCommand.class,
                DecodeCommand.class,
                QuizCommand.class,
                ServeCommand.class,
                ConnectCommand.class,
                InspectCommand.class,
                CheckCommand.class,
                HelpCommand.class,
        })
public final class WstutorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Io io;

    WstutorCommand(Io io) {
        this.io = io;
    }

    /** At a terminal, the shell; without one (a pipe, a script), the help, as before there was a shell. */
    @Override
    public Integer call() {
        if (io.terminal()) {
            return new Shell(io, spec.commandLine().getOut(), spec.commandLine().getErr(),
                    StateDir.fromEnvironment().path()).run();
        }
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"wstutor " + Main.version()};
        }
    }
}
