package dev.wstutor.lesson;

import dev.wstutor.view.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders parsed Markdown as terminal lines, wrapped to a width, decorated only through {@link Style}.
 * In plain output the marks that carry meaning stay readable without colour: inline code keeps its backticks,
 * links show their address in brackets, lists keep ASCII bullets.
 */
public final class MarkdownRenderer {
    private static final String CODE_INDENT = "    ";

    private final Style style;
    private final int width;
    private final Parser parser = Parser.builder().build();

    public MarkdownRenderer(Style style, int width) {
        this.style = style;
        this.width = Math.max(20, width);
    }

    /** Renders the blocks under {@code container} (a Document or any block), separated by blank lines. */
    public List<String> render(Node container) {
        List<String> out = new ArrayList<>();
        blocks(container, "", "", out, false);
        return out;
    }

    /** Renders a short piece of Markdown source (a check's question) as wrapped lines. */
    public List<String> renderText(String markdown, String firstPrefix, String restPrefix) {
        List<String> out = new ArrayList<>();
        Node doc = parser.parse(markdown);
        Node first = doc.getFirstChild();
        if (first instanceof Paragraph && first.getNext() == null) {
            wrap(inline(first, UnaryOperator.identity()), firstPrefix, restPrefix, out);
        } else {
            blocks(doc, firstPrefix, restPrefix, out, false);
        }
        return out;
    }

    private void blocks(Node container, String firstPrefix, String restPrefix, List<String> out, boolean tight) {
        boolean first = true;
        for (Node node = container.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof LinkReferenceDefinition) {
                continue;
            }
            if (!first && !tight) {
                out.add(restPrefix.stripTrailing());
            }
            block(node, first ? firstPrefix : restPrefix, restPrefix, out);
            first = false;
        }
    }

    private void block(Node node, String firstPrefix, String restPrefix, List<String> out) {
        if (node instanceof Paragraph) {
            wrap(inline(node, UnaryOperator.identity()), firstPrefix, restPrefix, out);
        } else if (node instanceof Heading h) {
            UnaryOperator<String> look = h.getLevel() <= 2 ? style::heading : style::bold;
            wrap(inline(node, look), firstPrefix, restPrefix, out);
        } else if (node instanceof FencedCodeBlock code) {
            codeLines(code.getLiteral(), firstPrefix, restPrefix, out);
        } else if (node instanceof IndentedCodeBlock code) {
            codeLines(code.getLiteral(), firstPrefix, restPrefix, out);
        } else if (node instanceof ListBlock list) {
            list(list, firstPrefix, restPrefix, out);
        } else if (node instanceof BlockQuote) {
            String bar = style == Style.PLAIN ? "> " : style.dim("│") + " ";
            blocks(node, firstPrefix + bar, restPrefix + bar, out, false);
        } else if (node instanceof ThematicBreak) {
            String rule = (style == Style.PLAIN ? "-" : "─").repeat(Math.min(40, width - visible(firstPrefix)));
            out.add(firstPrefix + style.dim(rule));
        } else if (node instanceof HtmlBlock html) {
            codeLines(html.getLiteral(), firstPrefix, restPrefix, out);
        } else {
            blocks(node, firstPrefix, restPrefix, out, false);
        }
    }

    private void list(ListBlock list, String firstPrefix, String restPrefix, List<String> out) {
        int number = list instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
        int items = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items++;
        }
        int numberWidth = String.valueOf(number + items - 1).length();
        boolean first = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String marker;
            if (list instanceof OrderedList) {
                String n = String.valueOf(number++);
                marker = " ".repeat(numberWidth - n.length()) + n + ". ";
            } else {
                marker = style == Style.PLAIN ? "- " : "• ";
            }
            if (!first && !list.isTight()) {
                out.add(restPrefix.stripTrailing());
            }
            String lead = first ? firstPrefix : restPrefix;
            String hang = restPrefix + " ".repeat(marker.length());
            if (item instanceof ListItem && item.getFirstChild() == null) {
                out.add(lead + style.dim(marker).stripTrailing());
            } else {
                blocks(item, lead + style.dim(marker), hang, out, list.isTight());
            }
            first = false;
        }
    }

    private void codeLines(String literal, String firstPrefix, String restPrefix, List<String> out) {
        // Code is never wrapped: a folded HTTP header or frame dump would teach something false.
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        boolean first = true;
        for (String line : text.split("\n", -1)) {
            String prefix = (first ? firstPrefix : restPrefix) + CODE_INDENT;
            out.add(line.isEmpty() ? prefix.stripTrailing() : prefix + style.cyan(line));
            first = false;
        }
    }

    // ---- inline content: flattened to words that know their look, then wrapped greedily ----

    /** A run of characters with one look; {@code look} adds escape codes, never visible characters. */
    private record Run(String text, UnaryOperator<String> look) {
    }

    private static final Run BREAK = new Run("\n", UnaryOperator.identity());

    private List<Run> inline(Node parent, UnaryOperator<String> look) {
        List<Run> runs = new ArrayList<>();
        inlineChildren(parent, look, runs);
        return runs;
    }

    private void inlineChildren(Node parent, UnaryOperator<String> look, List<Run> runs) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inlineNode(node, look, runs);
        }
    }

    private void inlineNode(Node node, UnaryOperator<String> look, List<Run> runs) {
        if (node instanceof Text t) {
            runs.add(new Run(t.getLiteral(), look));
        } else if (node instanceof Code c) {
            if (style == Style.PLAIN) {
                runs.add(new Run("`" + c.getLiteral() + "`", look));
            } else {
                runs.add(new Run(c.getLiteral(), compose(look, style::cyan)));
            }
        } else if (node instanceof Emphasis) {
            inlineChildren(node, compose(look, style::yellow), runs);
        } else if (node instanceof StrongEmphasis) {
            inlineChildren(node, compose(look, style::bold), runs);
        } else if (node instanceof Link link) {
            int start = runs.size();
            inlineChildren(node, compose(look, style::blue), runs);
            String shown = runs.subList(start, runs.size()).stream().map(Run::text).reduce("", String::concat);
            if (!shown.equals(link.getDestination()) && !("mailto:" + shown).equals(link.getDestination())) {
                runs.add(new Run(" (" + link.getDestination() + ")", compose(look, style::dim)));
            }
        } else if (node instanceof Image image) {
            runs.add(new Run("[image: ", look));
            inlineChildren(node, look, runs);
            runs.add(new Run("] (" + image.getDestination() + ")", compose(look, style::dim)));
        } else if (node instanceof SoftLineBreak) {
            runs.add(new Run(" ", look));
        } else if (node instanceof HardLineBreak) {
            runs.add(BREAK);
        } else if (node instanceof HtmlInline html) {
            runs.add(new Run(html.getLiteral(), look));
        } else {
            inlineChildren(node, look, runs);
        }
    }

    private static UnaryOperator<String> compose(UnaryOperator<String> outer, UnaryOperator<String> inner) {
        return s -> outer.apply(inner.apply(s));
    }

    /** A word: visible characters with their looks, never split across lines. */
    private record Word(String rendered, int length) {
    }

    private void wrap(List<Run> runs, String firstPrefix, String restPrefix, List<String> out) {
        List<Word> words = new ArrayList<>();
        StringBuilder rendered = new StringBuilder();
        int length = 0;
        for (Run run : runs) {
            if (run == BREAK) {
                if (length > 0) {
                    words.add(new Word(rendered.toString(), length));
                }
                words.add(null);
                rendered.setLength(0);
                length = 0;
                continue;
            }
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < run.text().length(); i++) {
                char ch = run.text().charAt(i);
                if (Character.isWhitespace(ch)) {
                    if (piece.length() > 0) {
                        rendered.append(run.look().apply(piece.toString()));
                        length += piece.length();
                        piece.setLength(0);
                    }
                    if (length > 0) {
                        words.add(new Word(rendered.toString(), length));
                    }
                    rendered.setLength(0);
                    length = 0;
                } else {
                    piece.append(ch);
                }
            }
            if (piece.length() > 0) {
                rendered.append(run.look().apply(piece.toString()));
                length += piece.length();
            }
        }
        if (length > 0) {
            words.add(new Word(rendered.toString(), length));
        }

        StringBuilder line = new StringBuilder(firstPrefix);
        int used = visible(firstPrefix);
        int start = used;
        for (Word word : words) {
            if (word == null) {
                out.add(line.toString());
                line = new StringBuilder(restPrefix);
                used = start = visible(restPrefix);
                continue;
            }
            if (used > start && used + 1 + word.length() > width) {
                out.add(line.toString());
                line = new StringBuilder(restPrefix);
                used = start = visible(restPrefix);
            }
            if (used > start) {
                line.append(' ');
                used++;
            }
            line.append(word.rendered());
            used += word.length();
        }
        out.add(line.toString());
    }

    /** Width on screen of a prefix that may hold escape codes. */
    static int visible(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "").codePointCount(0, s.replaceAll("\u001b\\[[0-9;]*m", "").length());
    }
}
