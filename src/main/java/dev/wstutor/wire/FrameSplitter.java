package dev.wstutor.wire;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a byte stream that arrives in arbitrary chunks (half a frame, three frames and a bit) into whole
 * frames, each as its exact raw bytes. It reads only the header lengths; decoding is the decoder's job.
 */
public final class FrameSplitter {
    private final long maxFrame;
    private byte[] buf = new byte[256];
    private int len;

    /** @param maxFrame frames larger than this are not buffered; {@link #feed} reports them instead */
    public FrameSplitter(long maxFrame) {
        this.maxFrame = maxFrame;
    }

    /** Adds the remaining bytes of {@code chunk} (without consuming it) and returns the frames now complete. */
    public List<byte[]> feed(ByteBuffer chunk) throws ProtocolViolation {
        ByteBuffer copy = chunk.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return feed(bytes);
    }

    public List<byte[]> feed(byte[] chunk) throws ProtocolViolation {
        ensure(len + chunk.length);
        System.arraycopy(chunk, 0, buf, len, chunk.length);
        len += chunk.length;
        List<byte[]> frames = new ArrayList<>();
        int at = 0;
        while (true) {
            long size = FrameDecoder.frameSize(buf, at, len);
            if (size < 0) {
                break;
            }
            if (size > maxFrame) {
                len = 0;
                throw new ProtocolViolation("frame of " + size + " bytes exceeds the limit of " + maxFrame, "7.4.1", at, CloseCode.MESSAGE_TOO_BIG);
            }
            if (len - at < size) {
                break;
            }
            frames.add(Arrays.copyOfRange(buf, at, at + (int) size));
            at += (int) size;
        }
        System.arraycopy(buf, at, buf, 0, len - at);
        len -= at;
        shrink();
        return frames;
    }

    /** Sees each complete frame in place, without a copy: {@code data[offset]} is its first byte. */
    @FunctionalInterface
    public interface FrameVisitor {
        void frame(byte[] data, int offset, int size) throws ProtocolViolation;
    }

    /**
     * Like {@link #feed(byte[])}, but shows each complete frame to {@code visitor} in place instead of copying it
     * out: for a reader that only needs to look at headers, at the full speed of the stream.
     */
    public void scan(byte[] chunk, FrameVisitor visitor) throws ProtocolViolation {
        ensure(len + chunk.length);
        System.arraycopy(chunk, 0, buf, len, chunk.length);
        len += chunk.length;
        int at = 0;
        try {
            while (true) {
                long size = FrameDecoder.frameSize(buf, at, len);
                if (size < 0) {
                    break;
                }
                if (size > maxFrame) {
                    len = 0;
                    at = 0;
                    throw new ProtocolViolation("frame of " + size + " bytes exceeds the limit of " + maxFrame, "7.4.1", at, CloseCode.MESSAGE_TOO_BIG);
                }
                if (len - at < size) {
                    break;
                }
                visitor.frame(buf, at, (int) size);
                at += (int) size;
            }
        } finally {
            System.arraycopy(buf, at, buf, 0, len - at);
            len -= at;
            shrink();
        }
    }

    /**
     * Gives back the room a large frame needed once it has passed: a connection that sent one big frame and
     * then idles must not hold megabytes, or many such connections exhaust the heap.
     */
    private void shrink() {
        if (buf.length > 64 * 1024 && len <= 16 * 1024) {
            buf = Arrays.copyOf(buf, Math.max(256, len));
        }
    }

    /**
     * Shows the bytes held back (the start of a frame not yet whole), in place, when there are any: a reader can
     * judge a frame by its header, or by as much of its payload as has come, before the rest arrives.
     */
    public void peekPending(FrameVisitor visitor) throws ProtocolViolation {
        if (len > 0) {
            visitor.frame(buf, 0, len);
        }
    }

    /** Bytes held back waiting for the rest of their frame. */
    public int pending() {
        return len;
    }

    /**
     * Grows the buffer for {@code capacity} bytes. While a large frame arrives its header already says how big it
     * is, so the buffer grows to that size and no further: doubling past it would allocate twice the frame's
     * size for every large frame, garbage that makes the collector pause the server for all its clients.
     */
    private void ensure(int capacity) {
        if (capacity > buf.length) {
            long frame = FrameDecoder.frameSize(buf, 0, len);
            int doubled = buf.length * 2;
            if (frame >= capacity && frame <= maxFrame && frame < doubled) {
                doubled = (int) frame;
            }
            buf = Arrays.copyOf(buf, Math.max(capacity, doubled));
        }
    }
}
