package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The coverage table in lessons/README.md says only what the lesson and quiz files bear out. */
class CoverageTableTest {
    private static final Path LESSONS = Path.of(System.getProperty("wstutor.projectDir", "."), "lessons");

    private static final Pattern STEP = Pattern.compile("(\\d\\d) \"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("`([a-z0-9-]+)`");

    /** Rows as cells: "ws-2: ...", the steps ({@code 03 "FIN and fragmentation"; ...}), the quiz ids. */
    private static List<String[]> rows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(LESSONS.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.matches("\\| (ws|sio|vs)-[0-9]:.*")) {
                rows.add(line.substring(1, line.length() - 1).split(" \\| "));
            }
        }
        return rows;
    }

    /** The step headings of the lesson file numbered {@code nn}. */
    private static Set<String> headings(String nn) throws Exception {
        try (var files = Files.list(LESSONS)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(nn + "-") && f.toString().endsWith(".md"))
                    .findFirst().orElse(null);
            assertTrue(file != null, "no lesson file numbered " + nn);
            Set<String> out = new TreeSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("## ")) {
                    out.add(line.substring(3).strip());
                }
            }
            return out;
        }
    }

    @Test
    void everyRowNamesRealLessonStepsAndQuizIdsThatCoverItsQuestion() throws Exception {
        QuestionBank bank = BankFixture.load();
        List<String[]> rows = rows();
        assertFalse(rows.isEmpty(), "no coverage table in lessons/README.md");
        for (String[] row : rows) {
            String question = row[0].substring(0, row[0].indexOf(':')).strip();
            assertTrue(row.length == 3, "three cells: " + String.join(" | ", row));
            Matcher step = STEP.matcher(row[1]);
            int steps = 0;
            while (step.find()) {
                steps++;
                assertTrue(headings(step.group(1)).contains(step.group(2)),
                        question + ": no step '" + step.group(2) + "' in lesson " + step.group(1));
            }
            assertTrue(steps > 0, question + " names no lesson step");
            Matcher id = ID.matcher(row[2]);
            while (id.find()) {
                Question q = bank.byId(id.group(1)).orElse(null);
                assertTrue(q != null, question + ": no quiz question " + id.group(1));
                assertTrue(q.covers().contains(question), id.group(1) + " does not cover " + question);
            }
        }
    }

    @Test
    void everyStudyQuestionHasARow() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (String[] row : rows()) {
            covered.add(row[0].substring(0, row[0].indexOf(':')).strip());
        }
        assertTrue(covered.containsAll(BankLint.STUDY_QUESTIONS), covered.toString());
    }
}
