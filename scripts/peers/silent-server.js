'use strict';
// Accepts TCP connections and never says a word: the client must time out, not hang.
const net = require('net');
const { host, port, announce } = require('./listen');

const sockets = new Set();
const server = net.createServer((socket) => {
  sockets.add(socket);
  socket.on('error', () => {});
  socket.on('close', () => sockets.delete(socket));
});
server.listen(port, host, () => announce(server));
