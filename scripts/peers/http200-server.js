'use strict';
// A plain HTTP server: it answers the upgrade request with 200 OK and a page, as a web server without
// WebSocket support would.
const http = require('http');
const { host, port, announce } = require('./listen');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('hello from a plain HTTP server\n');
});
server.listen(port, host, () => announce(server, 'ws'));
