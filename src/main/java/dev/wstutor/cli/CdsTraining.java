package dev.wstutor.cli;

/**
 * The training run scripts/wstutor records its class-data-sharing archive from ({@code -XX:ArchiveClassesAtExit}):
 * the commands a learner starts most, in one JVM, so that the archive holds the classes of each. {@code progress}
 * is the shell's welcome (the course and the question bank), the quiz up to its first question covers the
 * session, the history and the presenter. The launcher gives it an empty stdin, a scratch home and /dev/null for
 * output: the quiz shows its question, reads end of input and stops. Exit codes do not matter here.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) {
        Cli.run("progress");
        Cli.run("quiz", "--plain", "--only", "ws-what-short");
        Cli.run("lessons");
    }
}
