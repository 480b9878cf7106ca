package dev.wstutor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "wstutor",
        mixinStandardHelpOptions = true,
        versionProvider = WstutorCommand.Version.class,
        description = "A terminal tutor for WebSocket and Socket.IO that runs the real protocols in front of you.",
        subcommands = {
                LessonsCommand.class,
                LessonCommand.class,
                AcceptCommand.class,
                DecodeCommand.class,
                QuizCommand.class,
                ServeCommand.class,
                ConnectCommand.class,
                InspectCommand.class,
                CheckCommand.class,
        })
public final class WstutorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
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
