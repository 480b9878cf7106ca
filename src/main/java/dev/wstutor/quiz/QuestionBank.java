package dev.wstutor.quiz;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every question that loaded, the lexicon, and what was wrong with the files that did not load cleanly. */
public record QuestionBank(List<Question> questions, Lexicon lexicon, List<Problem> problems) {

    public Optional<Question> byId(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Map<String, Question> index() {
        return questions.stream().collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
