package dev.wstutor.view;

/** How much of each frame a view shows; NORMAL is what a learner sees unless they ask otherwise. */
public enum Detail {
    /** Frames are not shown; rejections and connection events still are, because they explain what happened. */
    NONE,
    /** One line per frame. */
    SUMMARY,
    /** A header line and one line per header field. */
    NORMAL,
    /** NORMAL plus the bit layout of RFC 6455 5.2 and a hex dump of the whole frame. */
    FULL
}
