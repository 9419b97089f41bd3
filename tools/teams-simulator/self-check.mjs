// Before the bot starts: the simulator's issuer, connector and Graph refuse bad credentials and bad bearers, and
// accept good ones, so "every connector call carried a bearer the issuer issued" and "Graph refused nothing" are
// checks that can fail.
import { httpsCall } from './net.mjs';
import { rogueKey, signRs256 } from './pki.mjs';

export async function selfCheck({ tls, issuer, connector, graph, app, tenantId, userId, otherUserId }) {
  const results = [];
  const tokenRequest = (secret, scope = 'https://api.botframework.com/.default', loginUrl = issuer.loginUrl) => httpsCall(`${loginUrl}/oauth2/v2.0/token`, {
    method: 'POST',
    ca: tls.certPem,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: app.id, client_secret: secret, scope }).toString(),
  });
  const send = (authorization, conversationId = 'a:self-check') => httpsCall(`${connector.serviceUrl}v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
    method: 'POST',
    ca: tls.certPem,
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ type: 'message', text: 'self-check' }),
  });
  const record = (name, expected, got) => results.push({ name: `self-check: ${name}`, expected: `${expected}`, got: `${got}`, pass: `${expected}` === `${got}` });

  record('issuer refuses a wrong client secret', 401, (await tokenRequest('wrong-secret')).status);
  record('issuer refuses another scope', 401, (await tokenRequest(app.secret, 'https://graph.microsoft.com/.default')).status);
  const granted = await tokenRequest(app.secret);
  record('issuer grants the right client credentials', 200, granted.status);
  const now = Math.floor(Date.now() / 1000);
  const forged = signRs256({ alg: 'RS256', typ: 'JWT', kid: 'entra-simulator-key' },
    { aud: 'https://api.botframework.com', appid: app.id, exp: now + 600 }, rogueKey('x').privateKey);
  record('connector refuses a call without a bearer', 401, (await send(undefined)).status);
  record('connector refuses a bearer the issuer did not sign', 401, (await send(`Bearer ${forged}`)).status);
  const accepted = granted.status === 200 ? (await send(`Bearer ${JSON.parse(granted.body).access_token}`)).status : 'no token';
  record('connector accepts the issued bearer', 201, accepted);

  const readUser = (authorization) => httpsCall(`${graph.baseUrl}/users/${userId}?$select=id,displayName`, {
    ca: tls.certPem,
    headers: authorization ? { authorization } : {},
  });
  const graphToken = await tokenRequest(app.secret, `${graph.origin}/.default`, issuer.graphLoginUrl(tenantId));
  record('issuer grants a Graph token on the organisation\'s tenant', 200, graphToken.status);
  record('Graph refuses a call without a bearer', 401, (await readUser(undefined)).status);
  record('Graph refuses the connector\'s token (another audience)', 401,
    granted.status === 200 ? (await readUser(`Bearer ${JSON.parse(granted.body).access_token}`)).status : 'no token');
  record('Graph answers with the Graph token', 200, graphToken.status === 200 ? (await readUser(`Bearer ${JSON.parse(graphToken.body).access_token}`)).status : 'no token');
  if (graphToken.status === 200) {
    // A group chat made through Graph refuses the bot until its app is installed there (so "no send refused" can fail).
    const bind = (id) => ({ '@odata.type': '#microsoft.graph.aadUserConversationMember', roles: ['owner'], 'user@odata.bind': `${graph.baseUrl}/users('${id}')` });
    const created = await httpsCall(`${graph.baseUrl}/chats`, {
      method: 'POST',
      ca: tls.certPem,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${JSON.parse(graphToken.body).access_token}` },
      body: JSON.stringify({ chatType: 'group', topic: 'self-check', members: [bind(userId), bind(otherUserId)] }),
    });
    const chatId = created.status === 201 ? JSON.parse(created.body).id : undefined;
    record('Graph creates a group chat', 201, created.status);
    record('connector refuses a send to that chat before the bot\'s app is installed', 403,
      chatId && granted.status === 200 ? (await send(`Bearer ${JSON.parse(granted.body).access_token}`, chatId)).status : 'no chat');
    graph.teams.chats.delete(chatId);
    graph.teams.operations.length = 0;
    connector.forbidden.length = 0;
  }
  graph.stats.refused.length = 0;
  graph.stats.calls = 0;
  graph.stats.byRoute = {};
  issuer.stats.graphTokensIssued = 0;
  connector.activities.length = 0; // the self-check's own message is not the bot's
  issuer.issuedTokens.length = 0;
  issuer.stats.tokensIssued = 0;
  return results;
}
