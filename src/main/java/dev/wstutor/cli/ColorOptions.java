package dev.wstutor.cli;

import dev.wstutor.view.Style;
import picocli.CommandLine.Option;

/** {@code --color always|auto|never} and wscat's {@code --no-color}, for the commands that print live traffic. */
final class ColorOptions {
    enum When { always, auto, never }

    @Option(names = "--color", paramLabel = "always|auto|never", defaultValue = "auto",
            description = "colour the output: auto (a terminal, unless NO_COLOR is set), always (also into a pipe, e.g. less -R), never (default: ${DEFAULT-VALUE})")
    When when = When.auto;

    @Option(names = "--no-color", description = "no colour: the same as --color never")
    boolean noColor;

    Style style() {
        if (noColor || when == When.never) {
            return Style.PLAIN;
        }
        return when == When.always ? Style.ANSI : Style.detect(false);
    }
}
