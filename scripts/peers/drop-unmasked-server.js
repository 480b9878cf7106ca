'use strict';
// A raw TCP WebSocket server that answers an unmasked client frame the other way RFC 6455 5.1 allows: it drops
// the TCP connection without sending close 1002 (the server MUST close, MAY send 1002). Otherwise a small echo
// server: masked text and binary frames come back unmasked, pings get pongs, a close is answered and ends TCP.
// It reads one frame at a time from a buffer, so frames split across reads or sent together both work.
//   node drop-unmasked-server.js [PORT] [lax]   (lax: a broken server that echoes unmasked frames instead)
const net = require('net');
const crypto = require('crypto');
const { host, port, announce } = require('./listen');

const lax = process.argv[3] === 'lax';
const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode, payload) {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len])
    : len <= 0xffff ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 0xff])
      : Buffer.concat([Buffer.from([0x80 | opcode, 127]), (() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(len)); return b; })()]);
  return Buffer.concat([head, payload]);
}

const server = net.createServer((socket) => {
  let buf = Buffer.alloc(0);
  let open = false;
  socket.on('error', () => {});
  socket.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    if (!open) {
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buf.subarray(0, end).toString('latin1');
      buf = buf.subarray(end + 4);
      const key = /^sec-websocket-key:\s*(\S+)/im.exec(head);
      if (!key) {
        socket.end('HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const accept = crypto.createHash('sha1').update(key[1] + GUID).digest('base64');
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
        + `Sec-WebSocket-Accept: ${accept}\r\n\r\n`);
      open = true;
    }
    while (buf.length >= 2) {
      const masked = (buf[1] & 0x80) !== 0;
      if (!masked && !lax) {
        socket.destroy(); // the point of this peer: close without a close frame
        return;
      }
      let len = buf[1] & 0x7f;
      let at = 2;
      if (len === 126) {
        if (buf.length < 4) return;
        len = buf.readUInt16BE(2);
        at = 4;
      } else if (len === 127) {
        if (buf.length < 10) return;
        len = Number(buf.readBigUInt64BE(2));
        at = 10;
      }
      const keyLength = masked ? 4 : 0;
      if (buf.length < at + keyLength + len) return;
      const mask = buf.subarray(at, at + keyLength);
      const payload = Buffer.from(buf.subarray(at + keyLength, at + keyLength + len));
      if (masked) for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
      const opcode = buf[0] & 0x0f;
      const fin = (buf[0] & 0x80) !== 0;
      buf = buf.subarray(at + keyLength + len);
      if (opcode === 0x8) {
        socket.end(frame(0x8, payload.subarray(0, 2)));
        return;
      }
      if (opcode === 0x9) socket.write(frame(0xa, payload));
      else if (opcode !== 0xa) socket.write(Buffer.concat([Buffer.from([(fin ? 0x80 : 0) | opcode]), frame(opcode, payload).subarray(1)]));
    }
  });
});
server.listen(port, host, () => announce(server));
