// Small HTTP helpers shared by the simulator's servers and its Teams client (node:http/https only).
import { request as httpRequest } from 'node:http';
import { createServer, request as httpsRequest } from 'node:https';
import { createServer as createNetServer } from 'node:net';

/** An HTTPS server on 127.0.0.1 (any free port) with the throwaway certificate; handler(req, body, res). */
export async function startHttps(tls, handler) {
  const server = createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      Promise.resolve(handler(req, Buffer.concat(chunks).toString('utf8'), res)).catch((error) => {
        sendJson(res, 500, { error: String(error) });
      });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { server, port, origin: `https://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A port nobody listens on right now (the bot binds it a moment later). */
export async function freePort() {
  const server = createNetServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Plain-HTTP request to the bot (it listens on http://127.0.0.1 as in the README). */
export function httpCall(url, { method = 'GET', headers = {}, body } = {}) {
  return call(httpRequest, url, { method, headers, timeout: 30000 }, body);
}

/** HTTPS request to one of the simulator's own servers, trusting only its throwaway certificate. */
export function httpsCall(url, { method = 'GET', headers = {}, body, ca } = {}) {
  return call(httpsRequest, url, { method, headers, ca, timeout: 10000 }, body);
}

function call(request, url, options, body) {
  return new Promise((resolve, reject) => {
    const req = request(url, options, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout calling ${url}`)));
    req.on('error', reject);
    if (body !== undefined) {
      req.write(body);
    }
    req.end();
  });
}

export const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until predicate() is truthy or the deadline passes; returns the last value. */
export async function waitFor(predicate, timeoutMs, stepMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let value = predicate();
  while (!value && Date.now() < deadline) {
    await delay(stepMs);
    value = predicate();
  }
  return value;
}
