'use strict';
// An npm ws echo server that guards its door as real apps do, to test a proxy's transparency:
//   /admin           403 Forbidden, always
//   /missing         404 Not Found from the plain HTTP server (no WebSocket there)
//   anything else    401 Unauthorized with WWW-Authenticate, unless "Authorization: Bearer letmein"
// An accepted client is greeted with "welcome" at once, then every message is echoed.
const http = require('http');
const { WebSocketServer } = require('ws');
const { host, port, announce } = require('./listen');

const server = http.createServer((req, res) => {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('no such page\n');
});
const wss = new WebSocketServer({
  noServer: true,
  verifyClient: (info, cb) => {
    if (info.req.url.startsWith('/admin')) {
      cb(false, 403, 'admins only', { 'X-Reason': 'forbidden-path' });
    } else if (info.req.headers.authorization !== 'Bearer letmein') {
      cb(false, 401, 'token required', { 'WWW-Authenticate': 'Bearer realm="tutor"' });
    } else {
      cb(true);
    }
  },
});
server.on('upgrade', (req, socket, head) => {
  if (req.url.startsWith('/missing')) {
    const body = 'no WebSocket endpoint here\n';
    socket.end(`HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => {
    ws.send('welcome');
    ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
    ws.on('error', () => {});
  });
});
server.listen(port, host, () => announce(server, 'ws'));
