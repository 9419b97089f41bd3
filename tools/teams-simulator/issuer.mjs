// The token issuer: what login.botframework.com (channel signing keys) and login.microsoftonline.com (the bot's
// outbound client-credentials tokens) would serve, on one local HTTPS host. Written from the Bot Framework
// authentication spec and the Microsoft identity platform client-credentials docs. Tokens for Microsoft Graph come
// from the organisation's tenant (enableGraph).
import { randomUUID } from 'node:crypto';
import { sendJson, startHttps } from './net.mjs';
import { rogueKey, signRs256, verifyRs256 } from './pki.mjs';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
export const CONNECTOR_AUDIENCE = 'https://api.botframework.com';
// The botframework.com tenant's id, which Entra puts in the bot's access tokens.
const BOTFRAMEWORK_TENANT_ID = 'd6d49420-f39b-4df7-a1dc-d59a935871db';

/**
 * Starts the issuer. `keys` are the channel signing keys published in the JWKS; `app` is {id, secret}, the bot's
 * registration; `tenant` the path segment of the authority (botframework.com for MultiTenant bots).
 */
export async function startIssuer({ tls, keys, app, tenant = 'botframework.com', log }) {
  // The organisation's own tenant: client credentials there are for Microsoft Graph (the bot's directory). Set by
  // enableGraph once the Graph fake knows its origin, which is also the token's audience.
  let graph; // { tenantId, audience }
  const tokenKey = rogueKey('entra-simulator-key'); // Entra's own access-token key (only the connector and Graph trust it)
  const issuedTokens = [];
  const stats = { metadata: 0, keys: 0, tokensIssued: 0, graphTokensIssued: 0, tokensRefused: 0, discovery: [], unknown: [] };
  let origin = '';

  const routes = {
    'GET /v1/.well-known/openidconfiguration': (req, body, res) => {
      stats.metadata++;
      sendJson(res, 200, {
        issuer: BOT_FRAMEWORK_ISSUER,
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${origin}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    },
    'GET /v1/.well-known/keys': (req, body, res) => {
      stats.keys++;
      sendJson(res, 200, { keys: keys.map((k) => k.jwk) });
    },
    [`GET /${tenant}/v2.0/.well-known/openid-configuration`]: (req, body, res) => {
      stats.discovery.push(req.url);
      sendJson(res, 200, entraConfiguration(origin, tenant));
    },
    [`POST /${tenant}/oauth2/v2.0/token`]: (req, body, res) => token(req, body, res),
    'POST /{graph-tenant}/oauth2/v2.0/token': (req, body, res) => token(req, body, res, graph),
    'GET /{graph-tenant}/v2.0/.well-known/openid-configuration': (req, body, res) => {
      stats.discovery.push(req.url);
      sendJson(res, 200, entraConfiguration(origin, graph.tenantId));
    },
    'GET /common/discovery/instance': (req, body, res) => {
      // Instance discovery: documented as off with ValidateAuthority=false; answered but recorded.
      stats.discovery.push(req.url.split('?')[0]);
      sendJson(res, 200, {
        tenant_discovery_endpoint: `${origin}/${tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: new URL(origin).host, preferred_cache: new URL(origin).host, aliases: [new URL(origin).host] }],
      });
    },
  };

  /** Client credentials for the connector (botframework.com) or, on the organisation's tenant, for Graph. */
  function token(req, body, res, target = { tenantId: BOTFRAMEWORK_TENANT_ID, audience: CONNECTOR_AUDIENCE }) {
    const form = new URLSearchParams(body);
    let clientId = form.get('client_id');
    let secret = form.get('client_secret');
    const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? '');
    if (basic) {
      [clientId, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':').map(decodeURIComponent);
    }
    const problems = [];
    if (form.get('grant_type') !== 'client_credentials') problems.push(`grant_type ${form.get('grant_type')}`);
    if (clientId !== app.id) problems.push('unknown client_id');
    if (secret !== app.secret) problems.push('wrong client_secret');
    if (form.get('scope') !== `${target.audience}/.default`) problems.push(`scope ${form.get('scope')}`);
    if (problems.length > 0) {
      stats.tokensRefused++;
      log(`issuer: refused a token request (${problems.join(', ')})`);
      return sendJson(res, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: simulator refused the client credentials.' });
    }
    if (target.audience === CONNECTOR_AUDIENCE) stats.tokensIssued++;
    else stats.graphTokensIssued++;
    const now = Math.floor(Date.now() / 1000);
    const accessToken = signRs256({ alg: 'RS256', typ: 'JWT', kid: tokenKey.kid }, {
      aud: target.audience, iss: `https://sts.windows.net/${target.tenantId}/`, iat: now, nbf: now - 5,
      exp: now + 3600, appid: app.id, appidacr: '1', idp: `https://sts.windows.net/${target.tenantId}/`,
      tid: target.tenantId, ver: '1.0', uti: randomUUID(),
    }, tokenKey.privateKey);
    issuedTokens.push(accessToken);
    return sendJson(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken });
  }

  const server = await startHttps(tls, (req, body, res) => {
    const path = req.url.split('?')[0];
    const graphPath = graph ? path.replace(new RegExp(`^/${graph.tenantId}/`), '/{graph-tenant}/') : path;
    const route = routes[`${req.method} ${graphPath}`];
    if (route) {
      return route(req, body, res);
    }
    stats.unknown.push(`${req.method} ${path}`);
    log(`issuer: unknown request ${req.method} ${path} → 404`);
    return sendJson(res, 404, { error: 'not_found' });
  });
  origin = server.origin;

  return {
    origin,
    stats,
    issuedTokens,
    openIdMetadataUrl: `${origin}/v1/.well-known/openidconfiguration`,
    loginUrl: `${origin}/${tenant}`,
    /** Client credentials on `tenantId` now grant tokens for `audience` (the Graph fake's origin). */
    enableGraph(tenantId, audience) {
      graph = { tenantId, audience };
    },
    graphLoginUrl: (tenantId) => `${origin}/${tenantId}`,
    /**
     * A resource's check of a bearer: signed by this issuer, for `audience` (the connector's by default), to this
     * app, unexpired.
     */
    verifyAccessToken(authorization, audience = CONNECTOR_AUDIENCE) {
      const match = /^Bearer (.+)$/.exec(authorization ?? '');
      if (!match) return { ok: false, reason: 'no bearer' };
      const result = verifyRs256(match[1], tokenKey.publicKey, Math.floor(Date.now() / 1000));
      if (!result.ok) return result;
      if (result.claims.aud !== audience) return { ok: false, reason: 'wrong audience' };
      if (result.claims.appid !== app.id) return { ok: false, reason: 'wrong appid' };
      return { ok: true };
    },
    close: server.close,
  };
}

function entraConfiguration(origin, tenant) {
  const base = `${origin}/${tenant}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${origin}/${BOTFRAMEWORK_TENANT_ID}/v2.0`,
    request_uri_parameter_supported: false,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    tenant_region_scope: 'WW',
  };
}
