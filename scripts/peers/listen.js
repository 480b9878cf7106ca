'use strict';
// Shared by the peer servers: where to listen, and the one line the tests read the port from.
// Usage of every server: node X.js [PORT]   (PORT 0 or absent: any free port; always 127.0.0.1)
const host = '127.0.0.1';
const port = Number(process.argv[2] || 0);

function announce(server, scheme = 'ws') {
  const { port } = server.address();
  process.stdout.write(`listening on ${scheme}://${host}:${port}/\n`);
}

// Tests kill us with SIGTERM; exit quietly and at once.
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));

module.exports = { host, port, announce };
