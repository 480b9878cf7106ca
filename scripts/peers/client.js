'use strict';
// The npm ws client as a scriptable peer. It connects, sends what the arguments say in order, waits for
// the answers (one message per data message sent, one pong per ping), then closes, printing every event
// as one JSON line.
//
//   node client.js URL [--text T]... [--binary HEX]... [--ping T]... [--count N] [--close CODE [REASON]]
//                      [--timeout MS] [--ca CERT.pem | --insecure] [--header NAME:VALUE]... [--greeted]
//
// --ca trusts the certificates in a PEM file for wss://; --insecure accepts any (rejectUnauthorized: false).
//
// --greeted expects one more message: a greeting the server sends first. A handshake the server refuses
// prints {"event":"unexpected-response","status":...,"headers":{...},"body":"..."} and exits 1.
// --count N sends N numbered texts "m1".."mN" pipelined. Exit 0 after the close completes, 1 on an error
// or when the answers did not arrive in time.
const WebSocket = require('ws');

const args = process.argv.slice(2);
const url = args.shift();
const actions = [];
let close = { code: 1000, reason: '' };
let timeout = 10000;
const tls = {};
const headers = {};
let greeted = 0;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--text') actions.push({ kind: 'text', data: args[++i] });
  else if (a === '--binary') actions.push({ kind: 'binary', data: Buffer.from(args[++i], 'hex') });
  else if (a === '--ping') actions.push({ kind: 'ping', data: args[++i] });
  else if (a === '--count') {
    const n = Number(args[++i]);
    for (let k = 1; k <= n; k++) actions.push({ kind: 'text', data: `m${k}`, quiet: true });
  } else if (a === '--close') {
    close = { code: Number(args[++i]), reason: '' };
    if (args[i + 1] !== undefined && !args[i + 1].startsWith('--')) close.reason = args[++i];
  } else if (a === '--timeout') timeout = Number(args[++i]);
  else if (a === '--ca') tls.ca = require('fs').readFileSync(args[++i]);
  else if (a === '--insecure') tls.rejectUnauthorized = false;
  else if (a === '--header') {
    const h = args[++i];
    headers[h.slice(0, h.indexOf(':'))] = h.slice(h.indexOf(':') + 1).trim();
  } else if (a === '--greeted') greeted = 1;
  else { console.error(`unknown argument ${a}`); process.exit(2); }
}

const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const expectMessages = actions.filter((a) => a.kind !== 'ping').length + greeted;
const expectPongs = actions.filter((a) => a.kind === 'ping').length;
let messages = 0;
let pongs = 0;
let closing = false;

const ws = new WebSocket(url, { ...tls, headers });
const timer = setTimeout(() => {
  print({ event: 'timeout', messages, pongs, expectMessages, expectPongs });
  process.exit(1);
}, timeout);

function maybeClose() {
  if (!closing && messages >= expectMessages && pongs >= expectPongs) {
    closing = true;
    ws.close(close.code, close.reason);
  }
}

ws.on('open', () => {
  print({ event: 'open', protocol: ws.protocol });
  for (const a of actions) {
    if (a.kind === 'text') ws.send(a.data);
    else if (a.kind === 'binary') ws.send(a.data, { binary: true });
    else if (a.kind === 'ping') ws.ping(a.data);
  }
  maybeClose();
});
ws.on('message', (data, isBinary) => {
  messages++;
  if (isBinary) print({ event: 'message', type: 'binary', hex: Buffer.from(data).toString('hex') });
  else if (messages <= 20 || !/^m\d+$/.test(data.toString())) print({ event: 'message', type: 'text', data: data.toString() });
  maybeClose();
});
ws.on('pong', (data) => {
  pongs++;
  print({ event: 'pong', data: data.toString() });
  maybeClose();
});
ws.on('close', (code, reason) => {
  clearTimeout(timer);
  print({ event: 'close', code, reason: reason.toString(), messages, pongs });
  process.exit(0);
});
ws.on('unexpected-response', (req, res) => {
  let body = '';
  res.on('data', (d) => { body += d; });
  res.on('end', () => {
    clearTimeout(timer);
    print({ event: 'unexpected-response', status: res.statusCode, headers: res.headers, body });
    process.exit(1);
  });
});
ws.on('error', (err) => {
  clearTimeout(timer);
  print({ event: 'error', message: err.message });
  process.exit(1);
});
