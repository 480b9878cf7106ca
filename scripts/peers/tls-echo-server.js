'use strict';
// The npm ws echo server over TLS (wss://), with the certificate and key the caller made (PEM files):
//   node tls-echo-server.js CERT.pem KEY.pem [--close-first CODE]
// --close-first CODE: after echoing the first message, the server starts the closing handshake itself.
const fs = require('fs');
const https = require('https');
const { WebSocketServer } = require('ws');
const { host, announce } = require('./listen');

const [cert, key, ...rest] = process.argv.slice(2);
const closeFirst = rest[0] === '--close-first' ? Number(rest[1]) : 0;
const server = https.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) });
const wss = new WebSocketServer({ server });
wss.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => {
    ws.send(data, { binary: isBinary });
    if (closeFirst) ws.close(closeFirst, 'bye from npm ws');
  });
  ws.on('error', () => {});
});
server.listen(0, host, () => announce(server, 'wss'));
