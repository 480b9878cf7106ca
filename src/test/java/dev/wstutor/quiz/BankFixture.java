package dev.wstutor.quiz;

import java.nio.file.Path;

/** The real bank in this checkout's {@code lessons/} folder, loaded once per test class that asks. */
final class BankFixture {
    private BankFixture() {
    }

    static Path lessons() {
        return Path.of(System.getProperty("wstutor.projectDir", ".")).resolve("lessons");
    }

    static QuestionBank load() {
        return new BankLoader().load(lessons());
    }
}
