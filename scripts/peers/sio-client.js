'use strict';
// The official socket.io-client 4.8 against a Socket.IO server running wstutor's demo behaviour, step by step.
// Each step prints one JSON line {"step": NAME, "ok": true|false, ...}; the run ends with {"done": true} and exit 0
// when every step passed, exit 1 otherwise.
//
//   node sio-client.js URL [--transports websocket|polling,websocket] [--heartbeats N]
//
// URL is the server's root (http://127.0.0.1:PORT/). Without --transports the client uses its defaults:
// HTTP long-polling first, then the upgrade to WebSocket.
const { io } = require('socket.io-client');

const args = process.argv.slice(2);
const url = args.shift();
let transports;
let heartbeats = 3;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--transports') transports = args[++i].split(',');
  else if (args[i] === '--heartbeats') heartbeats = Number(args[++i]);
  else { console.error(`unknown argument ${args[i]}`); process.exit(2); }
}
const options = (extra) => Object.assign({ forceNew: true, reconnection: false, timeout: 5000 }, transports ? { transports } : {}, extra);
const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');
let failed = 0;
const eq = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const within = (ms, what, promise) => Promise.race([promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms))]);
const once = (socket, event) => new Promise((resolve) => socket.once(event, (...a) => resolve(a)));
const quiet = (socket, event, ms) => new Promise((resolve) => {
  let got = null;
  const h = (...a) => { got = a; };
  socket.on(event, h);
  setTimeout(() => { socket.off(event, h); resolve(got); }, ms);
});

async function step(name, fn) {
  try {
    const detail = await within(10000, name, fn());
    print(Object.assign({ step: name, ok: true }, detail || {}));
  } catch (e) {
    failed++;
    print({ step: name, ok: false, error: String(e && e.message || e) });
  }
}

async function connect(path, extra) {
  const socket = io(url + path, options(extra));
  // The transport the engine opened on; by the time 'auth' arrives the client may already have upgraded.
  let openedOn;
  socket.io.once('open', () => { openedOn = socket.io.engine.transport.name; });
  const auth = once(socket, 'auth');
  const [result] = await within(5000, `connect ${path}`, new Promise((resolve) => {
    socket.once('connect', () => resolve(['connected']));
    socket.once('connect_error', (e) => resolve([e]));
  }));
  if (result !== 'connected') throw new Error(`connect_error: ${result.message}`);
  return { socket, openedOn, auth: (await within(5000, 'auth event', auth))[0] };
}

(async () => {
  let a, b, c;
  await step('main namespace with auth', async () => {
    a = await connect('', { auth: { token: 'abc' } });
    if (!eq(a.auth, { token: 'abc' })) throw new Error(`auth event carried ${JSON.stringify(a.auth)}`);
    return { id: a.socket.id, transport: a.openedOn };
  });
  if (!transports) {
    await step('upgrade to websocket', async () => {
      const engine = a.socket.io.engine;
      if (engine.transport.name !== 'websocket') await within(5000, 'upgrade', once(engine, 'upgrade'));
      return { transport: engine.transport.name };
    });
  }
  await step('emit and receive', async () => {
    const back = once(a.socket, 'message-back');
    a.socket.emit('message', 1, 'two', { three: [true] });
    const got = await back;
    if (!eq(got, [1, 'two', { three: [true] }])) throw new Error(`message-back carried ${JSON.stringify(got)}`);
  });
  await step('ack from the server', async () => {
    const got = await new Promise((resolve) => a.socket.emit('message-with-ack', 'x', 2, (...r) => resolve(r)));
    if (!eq(got, ['x', 2])) throw new Error(`the ack carried ${JSON.stringify(got)}`);
  });
  await step('ack from the client', async () => {
    a.socket.once('question', (q, ack) => ack('answer to ' + q));
    const answer = once(a.socket, 'answer');
    a.socket.emit('ask-me', 'life');
    const got = await answer;
    if (!eq(got, ['answer to life'])) throw new Error(`the server got ${JSON.stringify(got)}`);
  });
  await step('binary attachments', async () => {
    const back = once(a.socket, 'message-back');
    a.socket.emit('message', Buffer.from([1, 2, 3]), { nested: Buffer.from([4, 5]), text: 'x' });
    const [bin, obj] = await back;
    if (!Buffer.isBuffer(bin) || !bin.equals(Buffer.from([1, 2, 3]))) throw new Error(`first argument ${JSON.stringify(bin)}`);
    if (!Buffer.isBuffer(obj.nested) || !obj.nested.equals(Buffer.from([4, 5])) || obj.text !== 'x') throw new Error(`second argument ${JSON.stringify(obj)}`);
  });
  await step('custom namespace with auth', async () => {
    const custom = await connect('custom', { auth: { user: 'ann' } });
    if (!eq(custom.auth, { user: 'ann' })) throw new Error(`auth event carried ${JSON.stringify(custom.auth)}`);
    const back = once(custom.socket, 'message-back');
    custom.socket.emit('message', 'in custom');
    if (!eq(await back, ['in custom'])) throw new Error('no message-back in /custom');
    custom.socket.disconnect();
  });
  await step('unknown namespace refused', async () => {
    const s = io(url + 'random', options());
    const [e] = await once(s, 'connect_error');
    s.close();
    if (e.message !== 'Invalid namespace') throw new Error(`connect_error said ${e.message}`);
    return { message: e.message };
  });
  await step('broadcast between two clients', async () => {
    b = await connect('', {});
    const atB = once(b.socket, 'chat message');
    const atA = quiet(a.socket, 'chat message', 300);
    a.socket.emit('chat message', 'hi from a');
    if (!eq(await atB, ['hi from a'])) throw new Error('b did not get the chat message');
    if (await atA) throw new Error('the sender got its own broadcast');
  });
  await step('rooms', async () => {
    c = await connect('', {});
    const joined = await new Promise((resolve) => c.socket.emit('join', 'r1', (...r) => resolve(r)));
    if (!eq(joined, ['r1'])) throw new Error(`join acked ${JSON.stringify(joined)}`);
    await new Promise((resolve) => a.socket.emit('join', 'r1', resolve));
    const atA = once(a.socket, 'chat message');
    const atB = quiet(b.socket, 'chat message', 300);
    c.socket.emit('chat message', 'to r1');
    if (!eq(await atA, ['to r1'])) throw new Error('a (in r1) did not get the room message');
    if (await atB) throw new Error('b (not in r1) got the room message');
    await new Promise((resolve) => c.socket.emit('leave', 'r1', resolve));
    const atB2 = once(b.socket, 'chat message');
    c.socket.emit('chat message', 'to all again');
    if (!eq(await atB2, ['to all again'])) throw new Error('after leave, b did not get the broadcast');
  });
  await step('survives heartbeats', async () => {
    const engine = a.socket.io.engine;
    let pings = 0;
    engine.on('ping', () => pings++);
    await within(9000, `${heartbeats} pings`, new Promise((resolve) => {
      const t = setInterval(() => { if (pings >= heartbeats) { clearInterval(t); resolve(); } }, 20);
    }));
    const back = once(a.socket, 'message-back');
    a.socket.emit('message', 'still here');
    if (!eq(await back, ['still here'])) throw new Error('no answer after the heartbeats');
    return { pings, connected: a.socket.connected };
  });
  await step('disconnect', async () => {
    for (const x of [a, b, c]) {
      const gone = once(x.socket, 'disconnect');
      x.socket.disconnect();
      const [reason] = await gone;
      if (reason !== 'io client disconnect') throw new Error(`disconnect reason ${reason}`);
    }
  });
  print({ done: true, failed });
  process.exit(failed === 0 ? 0 : 1);
})();
