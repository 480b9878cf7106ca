'use strict';
// The npm ws server closing every connection as soon as it opens, with the code and reason given:
//   node close-server.js [PORT] [CODE] [REASON]      (default: 1012 "restarting")
// For checking that a client does not flag a registered code such as 1012 Service Restart, 1013 Try Again
// Later or 1014 Bad Gateway: ws itself accepts 1000-1014 except 1004-1006, and 3000-4999.
const { WebSocketServer } = require('ws');
const { host, port, announce } = require('./listen');

const code = Number(process.argv[3] || 1012);
const reason = process.argv[4] || 'restarting';
const wss = new WebSocketServer({ host, port });
wss.on('listening', () => announce(wss));
wss.on('connection', (ws) => {
  ws.on('error', () => {});
  ws.close(code, reason);
});
