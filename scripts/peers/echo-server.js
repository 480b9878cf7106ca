'use strict';
// The npm ws echo server: every text or binary message goes back as it came. ws answers pings with pongs
// itself, and closes with 1002 on an unmasked client frame and 1007 on invalid UTF-8.
const { WebSocketServer } = require('ws');
const { host, port, announce } = require('./listen');

const wss = new WebSocketServer({ host, port });
wss.on('listening', () => announce(wss));
wss.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  ws.on('error', () => {}); // protocol errors close the connection; the server keeps serving the others
});
