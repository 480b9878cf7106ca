'use strict';
// Benchmark client (the official socket.io-client 4.8), one JSON line of results.
//   node sio-bench-client.js URL rtt --transport websocket|polling [--clients N] [--seconds S]
//     N clients each emit 'message' and wait for 'message-back' before the next, for S seconds:
//     {"roundTrips":..., "perSecond":...}
//   node sio-bench-client.js URL hold --clients N [--seconds S]
//     connects N WebSocket clients, prints {"connected":N} when all are, holds them S seconds, then exits
const { io } = require('socket.io-client');
const [url, mode, ...rest] = process.argv.slice(2);
let transport = 'websocket', clients = 1, seconds = 5;
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--transport') transport = rest[++i];
  else if (rest[i] === '--clients') clients = Number(rest[++i]);
  else if (rest[i] === '--seconds') seconds = Number(rest[++i]);
}
const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const connect = () => new Promise((resolve, reject) => {
  const s = io(url, { forceNew: true, reconnection: false, transports: [transport], timeout: 20000 });
  s.once('connect', () => resolve(s));
  s.once('connect_error', reject);
});
setTimeout(() => { print({ error: 'timeout' }); process.exit(1); }, (seconds + 60) * 1000).unref();

(async () => {
  const sockets = [];
  for (let i = 0; i < clients; i++) sockets.push(await connect());
  if (mode === 'hold') {
    print({ connected: sockets.length });
    setTimeout(() => { sockets.forEach((s) => s.close()); process.exit(0); }, seconds * 1000);
    return;
  }
  let roundTrips = 0;
  const end = Date.now() + seconds * 1000;
  const start = Date.now();
  await Promise.all(sockets.map((s) => new Promise((resolve) => {
    const payload = { n: 0, text: 'hello' };
    s.on('message-back', () => {
      roundTrips++;
      if (Date.now() >= end) { resolve(); return; }
      payload.n++;
      s.emit('message', payload);
    });
    s.emit('message', payload);
  })));
  const elapsed = (Date.now() - start) / 1000;
  print({ transport, clients, roundTrips, perSecond: Math.round(roundTrips / elapsed) });
  sockets.forEach((s) => s.close());
  process.exit(0);
})().catch((e) => { print({ error: String(e.message || e) }); process.exit(1); });
