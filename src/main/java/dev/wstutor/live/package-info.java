/**
 * The live lab: real servers and clients on 127.0.0.1 that lessons and live quiz questions run, and the only way the
 * engines reach the network. {@link dev.wstutor.live.LiveLab} is one tapped Java-WebSocket server and a tapped client
 * connected to it; {@link dev.wstutor.live.Probe} names what a live quiz question captures on it. Uses {@code net},
 * {@code socketio}, {@code event} and {@code wire}; prints nothing.
 */
package dev.wstutor.live;
