'use strict';
// The npm ws server behind a plain HTTP server that redirects some handshakes, for `connect -L`:
//   /old    -> 302 Found, Location: /echo          (a relative Location)
//   /loop   -> 302 Found, Location: /loop          (never ends: --max-redirects must stop it)
//   /echo   -> the WebSocket: first a JSON text of the request headers it received, then every message echoed;
//              the text "close me" is answered, 300 ms later, by close 4000 "as asked"
//   node redirect-server.js [PORT]
const http = require('http');
const { WebSocketServer } = require('ws');
const { host, port, announce } = require('./listen');

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((req, res) => { res.writeHead(426); res.end(); });
server.on('upgrade', (req, socket, head) => {
  const path = req.url.split('?')[0];
  if (path === '/old' || path === '/loop') {
    const to = path === '/old' ? '/echo' : '/loop';
    socket.end(`HTTP/1.1 302 Found\r\nLocation: ${to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => {
    ws.on('error', () => {});
    ws.send(JSON.stringify(req.headers));
    ws.on('message', (data, isBinary) => {
      if (!isBinary && data.toString() === 'close me') {
        setTimeout(() => ws.close(4000, 'as asked'), 300);
        return;
      }
      ws.send(data, { binary: isBinary });
    });
  });
});
server.listen(port, host, () => announce(server));
