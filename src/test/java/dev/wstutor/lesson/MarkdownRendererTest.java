package dev.wstutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.view.Style;
import java.util.List;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static final Parser PARSER = Parser.builder().build();

    private static List<String> render(Style style, int width, String markdown) {
        return new MarkdownRenderer(style, width).render(PARSER.parse(markdown));
    }

    private static String plain(String markdown) {
        return String.join("\n", render(Style.PLAIN, 80, markdown));
    }

    @Test
    void plainOutputHasNoEscapeCodesAndKeepsTheMarksThatCarryMeaning() {
        String out = plain("### Heading\n\nSome *emphasis*, **strong** and `inline code`.\n");
        assertEquals("Heading\n\nSome emphasis, strong and `inline code`.", out);
        assertFalse(out.contains("\u001b"));
    }

    @Test
    void ansiOutputDecoratesThroughStyle() {
        String out = String.join("\n", render(Style.ANSI, 80, "Say **hi** with `ws`.\n"));
        assertTrue(out.contains(Style.ANSI.bold("hi")), out);
        assertTrue(out.contains(Style.ANSI.cyan("ws")), out);
        assertFalse(out.contains("`"), "colour replaces the backticks");
    }

    @Test
    void linksShowTheirAddressInBracketsUnlessTheTextIsTheAddress() {
        assertEquals("RFC 6455 (https://www.rfc-editor.org/rfc/rfc6455) and https://socket.io",
                plain("[RFC 6455](https://www.rfc-editor.org/rfc/rfc6455) and <https://socket.io>\n"));
    }

    @Test
    void listsGetBulletsOrNumbersAndHangingIndents() {
        assertEquals("- one\n- two words that wrap\n  onto a second line",
                String.join("\n", render(Style.PLAIN, 24, "- one\n- two words that wrap onto a second line\n")));
        assertEquals("1. first\n2. second", plain("1. first\n2. second\n"));
        assertEquals(" 9. a\n10. b", plain("9. a\n10. b\n"));
    }

    @Test
    void nestedListsIndentFurther() {
        assertEquals("- outer\n  - inner", plain("- outer\n  - inner\n"));
    }

    @Test
    void paragraphsWrapToTheWidthWithoutSplittingWords() {
        List<String> lines = render(Style.PLAIN, 30, "The quick brown fox jumps over the lazy dog and keeps on running far away.\n");
        assertTrue(lines.size() > 1);
        for (String line : lines) {
            assertTrue(line.length() <= 30, line);
        }
        assertEquals("The quick brown fox jumps over the lazy dog and keeps on running far away.",
                String.join(" ", lines));
    }

    @Test
    void wrappingCountsOnlyVisibleCharactersInColour() {
        String markdown = "`aaaa` `bbbb` `cccc` `dddd` `eeee`\n";
        List<String> ansi = render(Style.ANSI, 20, markdown);
        assertEquals(render(Style.PLAIN, 30, markdown).size(), ansi.size(), "plain has 2 backticks per word more");
        for (String line : ansi) {
            assertTrue(MarkdownRenderer.visible(line) <= 20, line);
        }
    }

    @Test
    void codeBlocksAreIndentedAndNeverWrapped() {
        String longLine = "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo= and more text after it";
        List<String> lines = render(Style.PLAIN, 30, "```http\nHTTP/1.1 101 Switching Protocols\n" + longLine + "\n```\n");
        assertEquals(List.of("    HTTP/1.1 101 Switching Protocols", "    " + longLine), lines);
    }

    @Test
    void blocksAreSeparatedByOneBlankLineAndQuotesAreMarked() {
        assertEquals("One.\n\n> Quoted.\n\nTwo.", plain("One.\n\n> Quoted.\n\nTwo.\n"));
    }

    @Test
    void aHardBreakStartsANewLine() {
        assertEquals("one\ntwo", plain("one\\\ntwo\n"));
    }

    @Test
    void renderTextHangsContinuationLinesUnderALabel() {
        List<String> lines = new MarkdownRenderer(Style.PLAIN, 20).renderText("What is sent without a request?", "Check: ", "       ");
        assertEquals(List.of("Check: What is sent", "       without a", "       request?"), lines);
    }
}
