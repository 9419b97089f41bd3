// Forged and broken channel tokens, each one change away from the genuine token the bot accepts, with the status
// the Bot Framework authentication spec calls for (401; 403 when the key is not endorsed for the channel).
import { createHmac } from 'node:crypto';
import { b64url, rogueKey, signRs256, tamper, unsigned } from './pki.mjs';

const SECOND = 1;
const MINUTE = 60 * SECOND;

/**
 * `ctx` = { client, teamsKey, webchatKey, attackerServiceUrl, acceptedToken } (a token the bot has already accepted,
 * for replays: a bot that remembers proven tokens must still check each activity against the claims). Each forgery returns the activity it rides on
 * and the Authorization header value (undefined = no header). Every activity would make the bot answer if it
 * were accepted, so "nothing reached the connector" means something.
 */
export function forgeries({ client, teamsKey, webchatKey, attackerServiceUrl, acceptedToken }) {
  const help = () => client.message(client.personalConversation(), 'help');
  const bearer = (token) => `Bearer ${token}`;
  const now = () => Math.floor(Date.now() / 1000);

  return [
    {
      name: 'no Authorization header',
      expected: 401,
      build: () => ({ activity: help(), authorization: undefined }),
    },
    {
      name: 'not a JWT ("Bearer" + random text)',
      expected: 401,
      build: () => ({ activity: help(), authorization: 'Bearer not-a-token' }),
    },
    {
      name: 'alg none (unsigned token with genuine claims)',
      expected: 401,
      build: () => ({ activity: help(), authorization: bearer(unsigned(client.claims())) }),
    },
    {
      name: 'HS256 keyed with the published public key (alg confusion)',
      expected: 401,
      build: () => {
        const header = b64url(JSON.stringify({ alg: 'HS256', kid: teamsKey.kid, typ: 'JWT' }));
        const payload = b64url(JSON.stringify(client.claims()));
        const secret = teamsKey.publicKey.export({ type: 'spki', format: 'pem' });
        const mac = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
        return { activity: help(), authorization: bearer(`${header}.${payload}.${mac}`) };
      },
    },
    {
      name: 'wrong aud (a token for another bot)',
      expected: 401,
      build: () => ({ activity: help(), authorization: bearer(client.token((c) => ({ ...c, aud: '0a0b0c0d-1111-2222-3333-444455556666' }))) }),
    },
    {
      name: 'wrong iss',
      expected: 401,
      build: () => ({ activity: help(), authorization: bearer(client.token((c) => ({ ...c, iss: 'https://api.botframework.example' }))) }),
    },
    {
      name: 'expired 10 minutes ago (beyond the 5-minute skew)',
      expected: 401,
      build: () => ({ activity: help(), authorization: bearer(client.token((c) => ({ ...c, nbf: now() - 70 * MINUTE, exp: now() - 10 * MINUTE }))) }),
    },
    {
      name: 'not valid until 10 minutes from now',
      expected: 401,
      build: () => ({ activity: help(), authorization: bearer(client.token((c) => ({ ...c, nbf: now() + 10 * MINUTE }))) }),
    },
    {
      name: 'no exp claim',
      expected: 401,
      build: () => ({ activity: help(), authorization: bearer(client.token(({ exp, ...c }) => c)) }),
    },
    {
      name: 'unknown kid (a key not in the JWKS)',
      expected: 401,
      build: () => ({ activity: help(), authorization: bearer(client.token(undefined, rogueKey('sim-unpublished-kid'))) }),
    },
    {
      name: 'signed by another key that claims the published kid',
      expected: 401,
      build: () => ({ activity: help(), authorization: bearer(client.token(undefined, rogueKey(teamsKey.kid))) }),
    },
    {
      name: 'endorsement mismatch: channelId webchat, key endorsed for msteams only',
      expected: 403,
      build: () => ({ activity: { ...help(), channelId: 'webchat' }, authorization: bearer(client.token()) }),
    },
    {
      name: 'endorsement mismatch: msteams activity, key endorsed for webchat only',
      expected: 403,
      build: () => ({ activity: help(), authorization: bearer(client.token(undefined, webchatKey)) }),
    },
    {
      name: 'serviceurl claim mismatch (activity points at the attacker)',
      expected: 401,
      build: () => ({ activity: { ...help(), serviceUrl: attackerServiceUrl }, authorization: bearer(client.token()) }),
    },
    {
      name: 'tampered payload (serviceurl rewritten to the attacker, signature kept)',
      expected: 401,
      build: () => ({
        activity: { ...help(), serviceUrl: attackerServiceUrl },
        authorization: bearer(tamper(client.token(), (c) => ({ ...c, serviceurl: attackerServiceUrl }))),
      }),
    },
    {
      name: 'signature stripped (genuine header and payload, empty signature)',
      expected: 401,
      build: () => ({ activity: help(), authorization: bearer(client.token().replace(/\.[^.]+$/, '.')) }),
    },
    {
      name: 'personal install with a token for another bot',
      expected: 401,
      build: () => {
        const conversation = client.personalConversation();
        return { activity: client.installationUpdateAdd(conversation), authorization: bearer(client.token((c) => ({ ...c, aud: 'another-bot' }))) };
      },
    },
    {
      name: 'replay of an accepted token, activity pointed at the attacker',
      expected: 401,
      build: () => ({ activity: { ...help(), serviceUrl: attackerServiceUrl }, authorization: bearer(acceptedToken) }),
    },
    {
      name: 'replay of an accepted token on a webchat activity',
      expected: 403,
      build: () => ({ activity: { ...help(), channelId: 'webchat' }, authorization: bearer(acceptedToken) }),
    },
    {
      name: 'accepted token with its payload altered (aud of another bot), signature kept',
      expected: 401,
      build: () => ({ activity: help(), authorization: bearer(tamper(acceptedToken, (c) => ({ ...c, aud: 'another-bot' }))) }),
    },
    {
      name: 'signed with the right kid but RS256 over a different algorithm header (RS512 label)',
      expected: 401,
      build: () => ({
        activity: help(),
        authorization: bearer(signRs256({ alg: 'RS512', kid: teamsKey.kid, typ: 'JWT' }, client.claims(), teamsKey.privateKey)),
      }),
    },
  ];
}
