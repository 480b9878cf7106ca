package dev.wstutor.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs wstutor in a fresh JVM, as a learner's shell would: real stdin, stdout, stderr, exit code and environment. */
record QuizRun(int exit, String out, String err) {
    static Path lessons() {
        return Path.of(System.getProperty("wstutor.projectDir", ".")).resolve("lessons");
    }

    static QuizRun run(Path home, byte[] stdin, String... args) throws IOException, InterruptedException {
        return runWith(lessons(), home, stdin, args);
    }

    static QuizRun runWith(Path lessons, Path home, byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dwstutor.lessons=" + lessons, "-cp", System.getProperty("java.class.path"),
                "dev.wstutor.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("WSTUTOR_HOME", home.toString());
        pb.environment().remove("NO_COLOR");
        pb.environment().remove("WSTUTOR_LESSONS");
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        } catch (IOException e) {
            // the quiz may stop reading before the end of a huge input; that is allowed
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("wstutor did not finish within 60 s: " + String.join(" ", args));
        }
        return new QuizRun(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    }

    static QuizRun run(Path home, String stdin, String... args) throws IOException, InterruptedException {
        return run(home, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private static byte[] drain(InputStream in) {
        try (in; ByteArrayOutputStream b = new ByteArrayOutputStream()) {
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
