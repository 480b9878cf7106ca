package dev.wstutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    private static LessonFileException failure(String text) {
        return assertThrows(LessonFileException.class, () -> FrontMatter.parse(lines(text)));
    }

    @Test
    void readsIdTitleOrderAndCovers() throws Exception {
        FrontMatter fm = FrontMatter.parse(lines("---\nid: handshake\ntitle: \"The opening: handshake\"\norder: 2\n"
                + "covers: [ws-2, 'ws-3']\n---\nbody"));
        assertEquals("handshake", fm.id());
        assertEquals("The opening: handshake", fm.title());
        assertEquals(2, fm.order());
        assertEquals(List.of("ws-2", "ws-3"), fm.covers());
        assertEquals(2, fm.idLine());
        assertEquals(6, fm.lines());
    }

    @Test
    void skipsBlankLinesAndComments() throws Exception {
        FrontMatter fm = FrontMatter.parse(lines("---\n# a comment\nid: a\n\ntitle: A\norder: 1\ncovers: [ws-1]\n---"));
        assertEquals(3, fm.idLine());
    }

    @Test
    void aFileWithoutFrontMatterIsReportedAtLineOne() {
        LessonFileException e = failure("# Just markdown\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("front matter"), e.getMessage());
    }

    @Test
    void anUnclosedFrontMatterIsReportedWhereItOpens() {
        assertEquals(1, failure("---\nid: a\ntitle: A\n").line());
    }

    @Test
    void aMissingIdIsReportedAtTheClosingFence() {
        LessonFileException e = failure("---\ntitle: A\norder: 1\ncovers: [ws-1]\n---\n");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("no 'id'"), e.getMessage());
    }

    @Test
    void anUnknownKeyIsReportedAtItsLine() {
        LessonFileException e = failure("---\nid: a\ntitel: A\n---\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown front matter key 'titel'"), e.getMessage());
    }

    @Test
    void aLineWithoutAColonIsReportedAtItsLine() {
        assertEquals(3, failure("---\nid: a\njust words\n---\n").line());
    }

    @Test
    void aKeyGivenTwiceIsReportedAtTheSecond() {
        LessonFileException e = failure("---\nid: a\nid: b\n---\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("first at line 2"), e.getMessage());
    }

    @Test
    void anOrderThatIsNoNumberIsReportedAtItsLine() {
        LessonFileException e = failure("---\nid: a\ntitle: A\norder: two\ncovers: [ws-1]\n---\n");
        assertEquals(4, e.line());
    }

    @Test
    void anIdWithCapitalsOrSpacesIsRefused() {
        assertEquals(2, failure("---\nid: Hand shake\ntitle: A\norder: 1\ncovers: [ws-1]\n---\n").line());
    }

    @Test
    void coversMustBeAListOfQuestionIds() {
        assertEquals(5, failure("---\nid: a\ntitle: A\norder: 1\ncovers: ws-1\n---\n").line());
        assertEquals(5, failure("---\nid: a\ntitle: A\norder: 1\ncovers: [question two]\n---\n").line());
        assertEquals(5, failure("---\nid: a\ntitle: A\norder: 1\ncovers: []\n---\n").line());
    }
}
