package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The coverage table in lessons/README.md says only what the lesson and quiz files bear out. */
class CoverageTableTest {
    private static final Path LESSONS = Path.of(System.getProperty("wstutor.projectDir", "."), "lessons");

    private static List<String[]> rows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(LESSONS.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.matches("\\| (ws|sio|vs)-[0-9] \\|.*")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void everyRowNamesARealLessonStepAndQuizIdsThatCoverItsQuestion() throws Exception {
        Map<String, Set<String>> steps = LessonIds.steps(LESSONS);
        QuestionBank bank = BankFixture.load();
        List<String[]> rows = rows();
        assertFalse(rows.isEmpty(), "no coverage table in lessons/README.md");
        for (String[] row : rows) {
            String where = String.join(" | ", row);
            assertTrue(row.length == 4, "four cells: " + where);
            assertTrue(steps.containsKey(row[1]), "no lesson " + row[1] + ": " + where);
            assertTrue(steps.get(row[1]).contains(row[2]), "no step '" + row[2] + "' in " + row[1] + ": " + where);
            if (!row[3].equals("-")) {
                for (String id : row[3].split(",\\s*")) {
                    Question q = bank.byId(id).orElse(null);
                    assertTrue(q != null, "no quiz question " + id + ": " + where);
                    assertTrue(q.covers().contains(row[0]), id + " does not cover " + row[0]);
                }
            }
        }
    }

    @Test
    void everyStudyQuestionHasARow() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (String[] row : rows()) {
            covered.add(row[0]);
        }
        assertTrue(covered.containsAll(BankLint.STUDY_QUESTIONS), covered.toString());
    }
}
