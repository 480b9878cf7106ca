'use strict';
// A raw TCP server that answers every upgrade with 101 but a Sec-WebSocket-Accept computed from the wrong
// key, so a careful client must refuse it (RFC 6455 4.1, the client's check of the accept value).
const net = require('net');
const crypto = require('crypto');
const { host, port, announce } = require('./listen');

const wrong = crypto.createHash('sha1').update('not the key' + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
const server = net.createServer((socket) => {
  let head = '';
  socket.on('data', (chunk) => {
    head += chunk.toString('latin1');
    if (head.includes('\r\n\r\n')) {
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
        + `Sec-WebSocket-Accept: ${wrong}\r\n\r\n`);
      head = '';
    }
  });
  socket.on('error', () => {});
});
server.listen(port, host, () => announce(server));
