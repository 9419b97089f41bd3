// Keys, certificates and JSON Web Tokens for the simulator, from node:crypto and the openssl CLI only.
// Written from RFC 7515/7517/7519 and the Bot Framework authentication spec, not from SecurityBot's code.
import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const b64url = (buffer) => Buffer.from(buffer).toString('base64url');
const json64 = (value) => b64url(JSON.stringify(value));

/**
 * A throwaway self-signed certificate and its key, made by openssl in `dir`. `ip` adds a subjectAltName so TLS
 * clients that check the name (the bot's HttpClient) accept it for https://127.0.0.1.
 */
export function makeCertificate(dir, name, subject, ip) {
  const keyFile = join(dir, `${name}.key.pem`);
  const certFile = join(dir, `${name}.cert.pem`);
  const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
    '-subj', `/CN=${subject}`, '-keyout', keyFile, '-out', certFile];
  if (ip) {
    args.push('-addext', `subjectAltName=IP:${ip}`);
  }
  execFileSync('openssl', args, { stdio: 'pipe' });
  const certPem = readFileSync(certFile, 'utf8');
  const keyPem = readFileSync(keyFile, 'utf8');
  return { certFile, certPem, keyPem, privateKey: createPrivateKey(keyPem), x509: new X509Certificate(certPem) };
}

/** A channel signing key as the Bot Framework JWKS publishes it: RSA n/e, x5t, x5c and endorsements. */
export function signingKey(dir, name, kid, endorsements) {
  const cert = makeCertificate(dir, name, `${name}.simulator.invalid`);
  const der = cert.x509.raw;
  const jwk = createPublicKey(cert.certPem).export({ format: 'jwk' });
  return {
    kid,
    privateKey: cert.privateKey,
    publicKey: createPublicKey(cert.certPem),
    jwk: {
      kty: 'RSA', use: 'sig', kid, x5t: b64url(createHash('sha1').update(der).digest()),
      n: jwk.n, e: jwk.e, x5c: [der.toString('base64')], endorsements,
    },
  };
}

/** A key the attacker owns (never published), optionally claiming a kid that the JWKS does publish. */
export function rogueKey(kid) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** Compact JWS with RS256 (RSASSA-PKCS1-v1_5 with SHA-256). */
export function signRs256(header, payload, privateKey) {
  const input = `${json64(header)}.${json64(payload)}`;
  return `${input}.${b64url(sign('sha256', Buffer.from(input), privateKey))}`;
}

/** An unsecured JWT (alg none): header and payload, empty signature. */
export function unsigned(payload) {
  return `${json64({ alg: 'none', typ: 'JWT' })}.${json64(payload)}.`;
}

/** Replace the payload of a signed token but keep its original signature (a tampered token). */
export function tamper(token, change) {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return `${header}.${json64(change(claims))}.${signature}`;
}

/** Checks an RS256 token against one public key; returns its claims or a reason (used by the connector). */
export function verifyRs256(token, publicKey, nowSeconds) {
  const parts = (token ?? '').split('.');
  if (parts.length !== 3) {
    return { ok: false, reason: 'not a JWS' };
  }
  let header;
  let claims;
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
  if (header.alg !== 'RS256') {
    return { ok: false, reason: `alg ${header.alg}` };
  }
  const good = verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), publicKey, Buffer.from(parts[2], 'base64url'));
  if (!good) {
    return { ok: false, reason: 'bad signature' };
  }
  if (typeof claims.exp !== 'number' || claims.exp < nowSeconds) {
    return { ok: false, reason: 'expired' };
  }
  return { ok: true, claims };
}
