'use strict';
// The npm socket.io 4.8 server with wstutor's demo behaviour (auth on connect, message -> message-back,
// message-with-ack acked, chat message broadcast), for side-by-side benchmarks.
//   node sio-reference-server.js [PORT]      prints "listening on http://127.0.0.1:PORT/socket.io/"
const { createServer } = require('node:http');
const { Server } = require('socket.io');
const http = createServer();
const io = new Server(http, { cors: { origin: true, credentials: true } });
for (const nsp of [io.of('/'), io.of('/custom')]) {
  nsp.on('connection', (socket) => {
    socket.emit('auth', socket.handshake.auth);
    socket.on('message', (...args) => socket.emit('message-back', ...args));
    socket.on('message-with-ack', (...args) => { const ack = args.pop(); ack(...args); });
    socket.on('chat message', (...args) => socket.broadcast.emit('chat message', ...args));
  });
}
http.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${http.address().port}/socket.io/`);
});
