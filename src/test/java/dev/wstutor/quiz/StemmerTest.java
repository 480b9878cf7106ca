package dev.wstutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StemmerTest {
    private static void sameStem(String... words) {
        for (String w : words) {
            assertEquals(Stemmer.stem(words[0]), Stemmer.stem(w), w + " vs " + words[0]);
        }
    }

    @Test
    void bringsInflectionsOfOneWordTogether() {
        sameStem("send", "sends", "sending");
        sameStem("close", "closes", "closing", "closed");
        sameStem("persistent", "persistence", "persists", "persist");
        sameStem("poll", "polls", "polling", "polled");
        sameStem("emit", "emits", "emitted", "emitting");
        sameStem("library", "libraries");
        sameStem("communicate", "communicating", "communication");
        sameStem("bidirectional", "bidirectionally");
    }

    @Test
    void leavesShortWordsNamesAndNumbersAlone() {
        assertEquals("use", Stemmer.stem("use"));
        assertEquals("io.on", Stemmer.stem("io.on"));
        assertEquals("6455", Stemmer.stem("6455"));
        assertEquals("client", Stemmer.stem("client"));
    }

    @Test
    void allowsOneEditFromFiveLettersAndTwoFromNine() {
        assertTrue(Typos.close("protocol", "protcol"));
        assertTrue(Typos.close("protocol", "prtoocol"));
        assertFalse(Typos.close("protocol", "prtcool"));
        assertTrue(Typos.close("bidirectional", "bidirectinal"));
        assertTrue(Typos.close("websocket", "wbesocekt"));
        assertFalse(Typos.close("emit", "omit"));
        assertFalse(Typos.close("poll", "pull"));
    }

    @Test
    void readsContractionsSynonymsAndClauses() {
        TextAnalyzer a = new TextAnalyzer(new Lexicon(Map.of("socketio", List.of("socket.io", "socket io")), Set.of("socketio")));
        TextAnalyzer.Analysis r = a.analyze("Socket.IO isn't a protocol, but socket io can't be; it's fine");
        // "it" opening the last clause stands for the subject the clause before named: Socket.IO.
        assertEquals(List.of("socketio", "not", "protocol", "socketio", "not", "socketio", "fine"), List.of(r.stems()));
        assertEquals(0, r.clause()[0]);
        assertTrue(r.clause()[3] > r.clause()[2], "'but' starts a new clause");
        assertTrue(r.negation()[1] && r.negation()[4]);
    }
}
