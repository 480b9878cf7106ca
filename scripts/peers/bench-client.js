'use strict';
// Echo benchmark client (npm ws). Opens C connections, then each sends M text messages pipelined (all at
// once, without waiting) and counts the echoes, checking each comes back in order and intact.
//
//   node bench-client.js URL [--clients C] [--messages M] [--size BYTES] [--timeout MS]
//
// Prints one JSON line: {"clients":C,"messages":C*M,"received":R,"lost":L,"seconds":S,"perSecond":P}.
// Exit 0 when nothing was lost, 1 otherwise.
const WebSocket = require('ws');

const args = process.argv.slice(2);
const url = args.shift();
let clients = 1;
let messages = 20000;
let size = 32;
let timeout = 60000;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--clients') clients = Number(args[++i]);
  else if (a === '--messages') messages = Number(args[++i]);
  else if (a === '--size') size = Number(args[++i]);
  else if (a === '--timeout') timeout = Number(args[++i]);
  else { console.error(`unknown argument ${a}`); process.exit(2); }
}

const pad = 'x'.repeat(Math.max(0, size - 12));
const body = (c, k) => `${c}:${k}:${pad}`;
let received = 0;
let wrong = 0;
let done = 0;
let start = process.hrtime.bigint();
const sockets = [];

function finish(timedOut) {
  const seconds = (process.hrtime.bigint() - start) / 1000000n;
  const s = Number(seconds) / 1000;
  const total = clients * messages;
  const out = { clients, messages: total, received, lost: total - received, wrong, seconds: s,
    perSecond: Math.round(received / Math.max(s, 0.001)), neverOpened };
  if (timedOut) out.timedOut = true;
  process.stdout.write(JSON.stringify(out) + '\n');
  for (const ws of sockets) ws.terminate();
  process.exit(out.lost === 0 && wrong === 0 ? 0 : 1);
}

const timer = setTimeout(() => finish(true), timeout);
let opened = 0;
let neverOpened = 0;
for (let c = 0; c < clients; c++) {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  sockets.push(ws);
  let next = 1;
  let wasOpen = false;
  ws.on('open', () => {
    wasOpen = true;
    ++opened;
    if (opened + neverOpened === clients) go();
  });
  // A connection that fails to open is counted and reported, so the others still run rather than all waiting
  // for it until the time-out.
  ws.on('close', () => {
    if (!wasOpen && !ws.countedAsFailed) {
      ws.countedAsFailed = true;
      neverOpened++;
      if (opened + neverOpened === clients) go();
    }
  });
  ws.on('message', (data) => {
    if (data.toString() !== body(c, next)) wrong++;
    next++;
    received++;
    if (next > messages && ++done === clients - neverOpened) {
      clearTimeout(timer);
      finish(false);
    }
  });
  ws.on('error', (err) => {
    console.error(`client ${c}: ${err.message}`);
  });
}

// All connections open first, so the figure measures messages, not handshakes.
function go() {
  start = process.hrtime.bigint();
  sockets.forEach((ws, c) => {
    if (ws.readyState !== WebSocket.OPEN) return;
    for (let k = 1; k <= messages; k++) ws.send(body(c, k));
  });
  if (opened === 0) {
    clearTimeout(timer);
    finish(false);
  }
}
