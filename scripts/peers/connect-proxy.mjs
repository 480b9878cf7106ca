// The npm `proxy` package (an HTTP proxy, think Squid) with its CONNECT support: what `connect --proxy` tunnels
// through. Prints "listening on http://127.0.0.1:PORT/", then one line per tunnel asked for: "CONNECT host:port".
//   node connect-proxy.mjs [--auth USER:PASSWORD]   (with --auth, a CONNECT without that Basic login gets 407)
import http from 'node:http';
import { createRequire } from 'node:module';
import { createProxy } from 'proxy';

const { host, announce } = createRequire(import.meta.url)('./listen.js');
const args = process.argv.slice(2);
const login = args[0] === '--auth' ? 'Basic ' + Buffer.from(args[1]).toString('base64') : null;

const server = createProxy(http.createServer());
server.prependListener('connect', (req) => process.stdout.write(`CONNECT ${req.url}\n`));
if (login) server.authenticate = (req) => req.headers['proxy-authorization'] === login;
server.listen(0, host, () => announce(server, 'http'));
