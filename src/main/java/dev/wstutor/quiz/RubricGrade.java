package dev.wstutor.quiz;

import java.util.List;

/**
 * How a free-text answer fared: the fraction earned (0..1), the concepts found and missed, concepts
 * found only in a negated form ("is not a protocol"), the misconceptions stated, and whether the answer was a
 * bare list of the right words (capped, with a note asking to say what each does).
 */
public record RubricGrade(double fraction, List<Rubric.Concept> matched, List<Rubric.Concept> missed,
                          List<Rubric.Concept> negated, List<Rubric.Misconception> misconceptions, boolean keywordList,
                          boolean truncated) {
}
