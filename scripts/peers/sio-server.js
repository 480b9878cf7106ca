'use strict';
// The official npm socket.io server as a peer for wstutor's Socket.IO client. It behaves as the
// socket.io-protocol test-suite's reference server does, plus a broadcast and binary:
//   on connect            emits "auth" with the handshake's auth payload
//   "message"             answered with "message-back" carrying the same arguments
//   "message-with-ack"    acknowledged with the same arguments
//   "chat message"        broadcast to the other sockets of the namespace
//   "binary"              answered with "binary-back": the same arguments plus a Buffer of bytes 1,2,3
//   "ask"                 the server emits "question" with an ack id and prints the client's ack as JSON
// Namespaces "/" and "/custom"; any other is refused with CONNECT_ERROR "Invalid namespace".
//   node sio-server.js [PORT] [--transports websocket] [--ping-interval MS] [--ping-timeout MS]
// (heartbeat defaults: socket.io's own, 25000 and 20000 ms)
// First line: "listening on http://127.0.0.1:PORT/socket.io/". Every connect, event and ack is printed as
// one JSON line, so tests can see what the server received.
const http = require('http');
const { Server } = require('socket.io');
const { host, port } = require('./listen');

const args = process.argv.slice(2);
const transports = args.includes('--transports') ? args[args.indexOf('--transports') + 1].split(',') : ['polling', 'websocket'];
const option = (name, otherwise) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : otherwise);
const pingInterval = option('--ping-interval', 25000);
const pingTimeout = option('--ping-timeout', 20000);
const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const json = (args) => args.map((a) => (Buffer.isBuffer(a) ? { bytes: [...a] } : a));

const server = http.createServer((req, res) => {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found\n');
});
const io = new Server(server, { transports, pingInterval, pingTimeout, maxHttpBufferSize: 1e6 });

function serve(nsp) {
  nsp.on('connection', (socket) => {
    print({ event: 'connection', nsp: nsp.name, id: socket.id, auth: socket.handshake.auth,
      transport: socket.conn.transport.name });
    socket.emit('auth', socket.handshake.auth);
    socket.conn.on('upgrade', (t) => print({ event: 'upgrade', nsp: nsp.name, id: socket.id, transport: t.name }));
    socket.on('message', (...a) => { print({ event: 'message', args: json(a) }); socket.emit('message-back', ...a); });
    socket.on('message-with-ack', (...a) => {
      const ack = a.pop();
      print({ event: 'message-with-ack', args: json(a) });
      ack(...a);
    });
    socket.on('chat message', (...a) => { print({ event: 'chat message', args: json(a) }); socket.broadcast.emit('chat message', ...a); });
    socket.on('binary', (...a) => {
      print({ event: 'binary', args: json(a) });
      socket.emit('binary-back', ...a, Buffer.from([1, 2, 3]));
    });
    socket.on('ask', () => {
      socket.emit('question', 'are you there?', (...answer) => print({ event: 'answer', args: json(answer) }));
    });
    socket.on('disconnect', (reason) => print({ event: 'disconnect', nsp: nsp.name, id: socket.id, reason }));
  });
}
serve(io.of('/'));
serve(io.of('/custom'));

server.listen(port, host, () => {
  process.stdout.write(`listening on http://${host}:${server.address().port}/socket.io/\n`);
});
