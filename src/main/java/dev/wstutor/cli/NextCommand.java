package dev.wstutor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code next}: the lesson in progress where it stopped, else the first not done; {@code lesson} with no name. */
@Command(name = "next", mixinStandardHelpOptions = true,
        description = "Go on: resume the lesson in progress, or else start the first lesson not done.")
final class NextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return spec.root().commandLine().getSubcommands().get("lesson").execute();
    }
}
