package dev.wstutor.cli;

import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine;

/**
 * {@code -w/--wait}: seconds as wscat counts them ({@code 2}, {@code 0.5}), or with a unit ({@code 500ms},
 * {@code 2s}); {@code -1} holds the connection open until the server closes it or Ctrl-C.
 *
 * @param time null when held open
 */
record WaitTime(Duration time) {
    boolean holdsOpen() {
        return time == null;
    }

    static final class Converter implements CommandLine.ITypeConverter<WaitTime> {
        @Override
        public WaitTime convert(String value) {
            String v = value.trim().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("-1")) {
                return new WaitTime(null);
            }
            try {
                BigDecimal millis = v.endsWith("ms") ? new BigDecimal(v.substring(0, v.length() - 2).trim())
                        : new BigDecimal(v.endsWith("s") ? v.substring(0, v.length() - 1).trim() : v).movePointRight(3);
                if (millis.signum() < 0) {
                    throw new NumberFormatException();
                }
                return new WaitTime(Duration.ofMillis(millis.longValueExact()));
            } catch (NumberFormatException | ArithmeticException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a wait: give seconds (2, 0.5), milliseconds (500ms), or -1 to hold the connection open");
            }
        }
    }
}
