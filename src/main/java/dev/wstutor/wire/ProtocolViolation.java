package dev.wstutor.wire;

/**
 * A rule of RFC 6455 that some bytes break, with the section that states it, the offset of the first
 * offending byte, and the close code a conforming endpoint answers with.
 */
public final class ProtocolViolation extends Exception {
    private final String rule;
    private final String section;
    private final long offset;
    private final CloseCode closeCode;

    public ProtocolViolation(String rule, String section, long offset, CloseCode closeCode) {
        super(rule + " (RFC 6455 " + section + ") at byte " + offset);
        this.rule = rule;
        this.section = section;
        this.offset = offset;
        this.closeCode = closeCode;
    }

    public String rule() {
        return rule;
    }

    public String section() {
        return section;
    }

    public long offset() {
        return offset;
    }

    /** 1002 for framing errors, 1007 for bad UTF-8, 1009 for a frame over the limit. */
    public int closeCode() {
        return closeCode.code();
    }

    /** The same close code, typed. */
    public CloseCode closeStatus() {
        return closeCode;
    }

    /** The same rule moved to a larger stream: offsets inside a frame become offsets in the stream. */
    public ProtocolViolation shiftedBy(long base) {
        return new ProtocolViolation(rule, section, offset + base, closeCode);
    }
}
