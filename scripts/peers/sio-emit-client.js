'use strict';
// The official npm socket.io-client as a scriptable peer: connects, optionally emits one event, prints
// every event it receives as one JSON line, and stays until killed or until --exit-after N events.
//   node sio-emit-client.js URL [--transports websocket] [--emit EVENT JSON-ARGS] [--exit-after N]
const { io } = require('socket.io-client');

const args = process.argv.slice(2);
const url = args.shift();
const opts = {};
let emit = null;
let exitAfter = 0;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--transports') opts.transports = args[++i].split(',');
  else if (args[i] === '--emit') emit = { event: args[++i], args: JSON.parse(args[++i]) };
  else if (args[i] === '--exit-after') exitAfter = Number(args[++i]);
  else { console.error(`unknown argument ${args[i]}`); process.exit(2); }
}
const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const socket = io(url, opts);
let seen = 0;
socket.on('connect', () => {
  print({ event: 'connect', id: socket.id });
  if (emit) socket.emit(emit.event, ...emit.args);
});
socket.on('connect_error', (e) => print({ event: 'connect_error', message: e.message }));
socket.onAny((event, ...a) => {
  print({ event, args: a.map((x) => (Buffer.isBuffer(x) ? { bytes: [...x] } : x)) });
  if (exitAfter && ++seen >= exitAfter) { socket.close(); process.exit(0); }
});
process.on('SIGTERM', () => process.exit(0));
