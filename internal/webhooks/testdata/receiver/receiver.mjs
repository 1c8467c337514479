// A webhook receiver for the Go tests: every request to /hook/<name> is verified with the standardwebhooks
// package (not the server's code) against each secret registered for <name>, recorded, and answered with the
// next scripted response (default 200). The Go test drives it over HTTP:
//   POST /_secrets {"name": n, "secrets": ["whsec_…", …]}   secrets to verify n's requests with
//   POST /_script  {"name": n, "responses": [{"status": 503, "retryAfter": "1", "hang": false}, …]}
//   GET  /_log                                              every request so far, in order
// It prints "listening <port>" once ready, and exits when stdin closes (its test ended or was killed).
import http from 'node:http';
import { Webhook } from 'standardwebhooks';

const secrets = new Map();
const scripts = new Map();
const log = [];

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const server = http.createServer(async (req, res) => {
  const body = await readBody(req);
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/_secrets') {
    const { name, secrets: s } = JSON.parse(body);
    secrets.set(name, s);
    res.end('{}');
    return;
  }
  if (url.pathname === '/_script') {
    const { name, responses } = JSON.parse(body);
    scripts.set(name, responses);
    res.end('{}');
    return;
  }
  if (url.pathname === '/_log') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(log));
    return;
  }
  const name = url.pathname.replace(/^\/hook\//, '');
  const headers = {
    'webhook-id': req.headers['webhook-id'] ?? '',
    'webhook-timestamp': req.headers['webhook-timestamp'] ?? '',
    'webhook-signature': req.headers['webhook-signature'] ?? '',
  };
  // verified[i] says whether secret i of the name verifies this request (timestamp tolerance included).
  const verified = (secrets.get(name) ?? []).map((s) => {
    try {
      new Webhook(s).verify(body, headers);
      return true;
    } catch {
      return false;
    }
  });
  const entry = { name, at: Date.now(), headers, contentType: req.headers['content-type'] ?? '', body, verified };
  log.push(entry);
  const next = (scripts.get(name) ?? []).shift() ?? { status: 200 };
  entry.status = next.status;
  if (next.hang) {
    entry.status = 0;
    return; // never answer: the sender times out or dies
  }
  if (next.retryAfter) res.setHeader('retry-after', next.retryAfter);
  if (next.location) res.setHeader('location', next.location);
  res.statusCode = next.status;
  res.end(next.body ?? 'ok');
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
