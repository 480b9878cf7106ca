'use strict';
// A hand-written Engine.IO polling server that misbehaves on purpose, to test the limits of wstutor's
// Socket.IO client. It opens a session (pingInterval 100, pingTimeout 100), answers the client's CONNECT,
// then, by mode:
//   silent        never pings again and holds every later GET: the client must give up after 200 ms
//   huge-head     answers the next GET with a 64 KiB response head
//   huge-body     answers the next GET announcing a 100 MB body
//   attachments   sends a BINARY_EVENT announcing 100000 attachments
//   node sio-hostile-server.js PORT --mode MODE
const http = require('http');
const { host, port } = require('./listen');

const args = process.argv.slice(2);
const mode = args[args.indexOf('--mode') + 1];
const sid = 'hostile0000000000000';
const SEP = '\x1e';
let gets = 0;
let connectAnswered = false;
const held = [];

function text(res, body, extra = {}) {
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=UTF-8', 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (!url.pathname.startsWith('/socket.io/')) { res.writeHead(404); res.end(); return; }
  if (req.method === 'POST') {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      text(res, 'ok');
      if (body.split(SEP).some((p) => p.startsWith('40')) && held.length) answerConnect(held.shift());
      else if (body.split(SEP).some((p) => p.startsWith('40'))) connectAnswered = 'pending';
    });
    return;
  }
  gets++;
  if (!url.searchParams.get('sid')) {
    text(res, '0' + JSON.stringify({ sid, upgrades: [], pingInterval: 100, pingTimeout: 100, maxPayload: 1000000 }));
    return;
  }
  if (connectAnswered === 'pending') { answerConnect(res); return; }
  if (connectAnswered === true) { misbehave(res); return; }
  held.push(res);
});

function answerConnect(res) {
  connectAnswered = true;
  text(res, '40{"sid":"s1"}' + SEP + '2');
}

function misbehave(res) {
  if (mode === 'huge-head') {
    res.writeHead(200, { 'X-Padding': 'x'.repeat(64 * 1024), 'Content-Length': 1 });
    res.end('6');
  } else if (mode === 'huge-body') {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 100 * 1000 * 1000 });
    res.write('42');
  } else if (mode === 'attachments') {
    text(res, '4100000-["x",{"_placeholder":true,"num":0}]');
  } // silent: hold the GET forever
}

server.listen(port, host, () => {
  process.stdout.write(`listening on http://${host}:${server.address().port}/socket.io/\n`);
});
