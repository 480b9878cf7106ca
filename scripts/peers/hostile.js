'use strict';
// Hostile peers for scripts/bench-hostile: runs one attack on a WebSocket server while an ordinary npm ws client
// measures its echo round trip every 100 ms, then prints one JSON line:
//   {"attack":A,"seconds":S,"echoes":N,"echoMedianMs":M,"echoMaxMs":X,"echoFailures":F}
//
//   node hostile.js PORT ATTACK [--seconds S]
//
// ATTACK: big-frames-8, frames-16m-8, no-read-big, ping-flood, endless-fragments, header-10mb, slowloris,
// silent-1000, random-bytes, tls-hello, refusals, bad-close-reason, double-close, good-then-bad, escapes
const net = require('net');
const WebSocket = require('ws');

const port = Number(process.argv[2]);
const attack = process.argv[3];
let seconds = 5;
for (let i = 4; i < process.argv.length; i++) {
  if (process.argv[i] === '--seconds') seconds = Number(process.argv[++i]);
}

const KEY = Buffer.from([0x37, 0xfa, 0x21, 0x3d]);
const UPGRADE = 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
  + 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';

function frame(fin, rsv, opcode, payload) {
  const len = payload.length;
  let head;
  if (len < 126) { head = Buffer.alloc(2); head[1] = 0x80 | len; }
  else if (len < 65536) { head = Buffer.alloc(4); head[1] = 0x80 | 126; head.writeUInt16BE(len, 2); }
  else { head = Buffer.alloc(10); head[1] = 0x80 | 127; head.writeBigUInt64BE(BigInt(len), 2); }
  head[0] = (fin ? 0x80 : 0) | (rsv << 4) | opcode;
  const masked = Buffer.alloc(len);
  for (let i = 0; i < len; i++) masked[i] = payload[i] ^ KEY[i & 3];
  return Buffer.concat([head, KEY, masked]);
}

function raw(onConnect) {
  const s = net.connect(port, '127.0.0.1', () => onConnect(s));
  s.on('error', () => {});
  s.on('data', () => {});
  return s;
}

function upgraded(then, read = true) {
  const s = net.connect(port, '127.0.0.1');
  s.on('error', () => {});
  let head = '';
  const onData = (d) => {
    head += d.toString('latin1');
    if (head.includes('\r\n\r\n')) {
      s.removeListener('data', onData);
      if (read) s.on('data', () => {}); else s.pause();
      then(s);
    }
  };
  s.on('data', onData);
  s.write(UPGRADE);
  return s;
}

function pump(s, chunk, times) {
  let n = 0;
  const go = () => {
    while (n < times) {
      n++;
      if (!s.write(chunk)) { s.once('drain', go); return; }
    }
  };
  go();
}

// Frames are masked once, before the attack and the measuring start: masking 16 MB in JavaScript would
// otherwise stall this process's own probe and blame the server for it.
const big = () => frame(true, 0, 2, Buffer.alloc(1 << 20, 120));
const attacks = {
  'none': () => {},
  'big-frames-8': () => { const f = big(); for (let i = 0; i < 8; i++) upgraded((s) => s.write(f)); },
  'frames-16m-8': () => { const f = frame(true, 0, 2, Buffer.alloc(16000000)); for (let i = 0; i < 8; i++) upgraded((s) => s.write(f)); },
  'no-read-big': () => { const f = big(); upgraded((s) => pump(s, f, 400), false); },
  'ping-flood': () => { const f = Buffer.concat(Array(1000).fill(frame(true, 0, 9, Buffer.alloc(125)))); upgraded((s) => pump(s, f, 3000), false); },
  'endless-fragments': () => {
    const first = frame(false, 0, 1, Buffer.alloc(1 << 20, 97));
    const more = frame(false, 0, 0, Buffer.alloc(1 << 20, 97));
    upgraded((s) => { s.write(first); pump(s, more, 400); });
  },
  'header-10mb': () => raw((s) => { s.write('GET / HTTP/1.1\r\nHost: x\r\nX-Big: '); pump(s, Buffer.alloc(64 * 1024, 97), 160); }),
  'slowloris': () => raw((s) => { s.write('GET / HTTP/1.1\r\n'); const t = setInterval(() => s.write('X'), 1000); s.on('close', () => clearInterval(t)); }),
  'silent-1000': () => { for (let i = 0; i < 1000; i++) raw(() => {}); },
  'random-bytes': () => { for (let i = 0; i < 50; i++) raw((s) => s.write(Buffer.from(Array.from({ length: 512 }, (_, k) => (k * 37 + 1) & 0xff)))); },
  'tls-hello': () => { for (let i = 0; i < 50; i++) raw((s) => s.write(Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03]))); },
  'refusals': () => {
    const k = 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';
    const heads = ['GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n' + k + 'Sec-WebSocket-Version: 13\r\n\r\n',
      'POST / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' + k + 'Sec-WebSocket-Version: 13\r\n\r\n',
      'GET / HTTP/1.0\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' + k + 'Sec-WebSocket-Version: 13\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' + k + 'Sec-WebSocket-Version: 8\r\n\r\n'];
    for (let i = 0; i < 50; i++) raw((s) => s.write(heads[i % 4]));
  },
  'bad-close-reason': () => { for (let i = 0; i < 50; i++) upgraded((s) => s.write(frame(true, 0, 8, Buffer.from([0x03, 0xe8, 0xff, 0xfe])))); },
  'double-close': () => { for (let i = 0; i < 50; i++) upgraded((s) => s.write(Buffer.concat([frame(true, 0, 8, Buffer.from([0x03, 0xe8])), frame(true, 0, 8, Buffer.from([0x03, 0xe8]))]))); },
  'good-then-bad': () => { for (let i = 0; i < 50; i++) upgraded((s) => s.write(Buffer.concat([frame(true, 0, 1, Buffer.from('hello')), frame(true, 4, 1, Buffer.from('bad'))]))); },
  'escapes': () => { for (let i = 0; i < 50; i++) upgraded((s) => s.write(frame(true, 0, 8, Buffer.concat([Buffer.from([0x03, 0xe8]), Buffer.from('\u001b]0;owned\u0007\u001b[2J')])))); },
};

if (!attacks[attack]) {
  console.error(`unknown attack ${attack}; one of: ${Object.keys(attacks).join(', ')}`);
  process.exit(2);
}

const times = [];
let failures = 0;
function probe() {
  const start = process.hrtime.bigint();
  const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false, handshakeTimeout: 5000 });
  let done = false;
  const fail = () => { if (!done) { done = true; failures++; ws.terminate(); } };
  const timer = setTimeout(fail, 5000);
  ws.on('open', () => ws.send('bystander'));
  ws.on('message', () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    ws.close();
  });
  ws.on('error', fail);
}

attacks[attack]();
const prober = setInterval(probe, 100);
setTimeout(() => {
  clearInterval(prober);
  setTimeout(() => {
    times.sort((a, b) => a - b);
    const median = times.length ? times[Math.floor(times.length / 2)] : null;
    const max = times.length ? times[times.length - 1] : null;
    process.stdout.write(JSON.stringify({ attack, seconds, echoes: times.length, echoMedianMs: median && +median.toFixed(1),
      echoMaxMs: max && +max.toFixed(1), echoFailures: failures }) + '\n');
    process.exit(0);
  }, 1000);
}, seconds * 1000);
