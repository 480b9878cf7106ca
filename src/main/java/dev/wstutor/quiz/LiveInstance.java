package dev.wstutor.quiz;

import java.util.List;

/**
 * A live question made concrete from one real capture: the text shown (with the captured bytes or
 * handshake), options if it is a pick-one, the answers accepted, the one shown as right, and why.
 */
public record LiveInstance(String shown, List<String> options, List<String> accepted, String answer,
                           String explanation) {
}
