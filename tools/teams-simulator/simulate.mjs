#!/usr/bin/env node
// Independent Teams simulator: a Bot Framework token issuer, a Bot Connector and a Teams client, written from the
// public specs (not from SecurityBot's code or its C# test fakes), against SecurityBot started with only the
// documented settings. Prints a transcript; exit code 0 only if every check passed. Usage in docs/teams-simulator.md.
//
//   node tools/teams-simulator/simulate.mjs [--host-dll path/to/SecurityBot.dll] [--startup-timeout seconds]
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBot } from './bot-host.mjs';
import { startConnector } from './connector.mjs';
import { forgeries } from './forgeries.mjs';
import { startIssuer } from './issuer.mjs';
import { delay, freePort, waitFor } from './net.mjs';
import { selfCheck } from './self-check.mjs';
import { makeCertificate, signingKey } from './pki.mjs';
import { cardText, isAdaptiveCard, teamsClient } from './teams-client.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const COMMANDS = ['report', 'policy', 'risk', 'status', 'help'];
// Long enough for the outbox (documented idle poll 500 ms) to deliver anything an accepted activity queued.
const QUIET_MS = 3000;

const options = parseArguments(process.argv.slice(2));
const results = [];
const say = (line = '') => console.log(line);

function check(name, expected, got, pass) {
  results.push({ name, pass });
  say(`  ${pass ? 'PASS' : 'FAIL'}  ${name}`);
  say(`        expected: ${expected}`);
  say(`        got:      ${got}`);
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'securitybot-teams-sim-'));
  const closers = [];
  let bot;
  const sent = []; // every token the Teams client sent, to prove none of them reaches the bot's log
  try {
    say('SecurityBot — independent Teams simulator (issuer, connector and Teams client written from the specs)');
    const tls = makeCertificate(work, 'tls', '127.0.0.1', '127.0.0.1');
    const teamsKey = signingKey(work, 'teams', `sim-msteams-${randomUUID().slice(0, 8)}`, ['msteams']);
    const webchatKey = signingKey(work, 'webchat', `sim-webchat-${randomUUID().slice(0, 8)}`, ['webchat']);
    const app = { id: randomUUID(), secret: randomBytes(24).toString('base64url') };
    const log = (line) => say(`        · ${line}`);

    const issuer = await startIssuer({ tls, keys: [teamsKey, webchatKey], app, log });
    closers.push(issuer.close);
    const connector = await startConnector({ tls, verifyBearer: issuer.verifyAccessToken, log });
    closers.push(connector.close);
    const attacker = await startConnector({ tls, pathPrefix: '/evil/', verifyBearer: () => ({ ok: true }), log, name: 'attacker endpoint' });
    closers.push(attacker.close);

    say(`  issuer     ${issuer.origin} (OpenID metadata, JWKS with endorsements, Entra token endpoint)`);
    say(`  connector  ${connector.serviceUrl}  (attacker endpoint ${attacker.serviceUrl})`);
    say('\n[0] the simulator\'s own issuer and connector refuse what they should (so its checks can fail)');
    for (const result of await selfCheck({ tls, issuer, connector, app })) {
      check(result.name, result.expected, result.got, result.pass);
    }
    connector.rejected.length = 0;
    issuer.stats.tokensRefused = 0;

    const dataDirectory = join(work, 'data');
    mkdirSync(dataDirectory);
    const settings = {
      ASPNETCORE_ENVIRONMENT: 'Production',
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppId: app.id,
      MicrosoftAppPassword: app.secret,
      BotOpenIdMetadata: issuer.openIdMetadataUrl,
      ToChannelFromBotLoginUrl: issuer.loginUrl,
      ValidateAuthority: 'false',
      Database__DataDirectory: dataDirectory,
      SSL_CERT_FILE: tls.certFile,
      // Production refuses to start without the audit chain's HMAC key (docs/risk-acceptances.md#audit-log).
      Audit__KeyId: 'simulator',
      Audit__Key: randomBytes(32).toString('base64'),
    };
    const port = await freePort();
    bot = startBot({ repoRoot: REPO_ROOT, hostDll: options.hostDll, port, settings, secrets: () => [app.secret, settings.Audit__Key, ...issuer.issuedTokens, ...sent] });
    say(`  bot        ${bot.messagingEndpoint}  ← ${bot.description}`);
    say('  settings   ' + Object.entries(settings).map(([k, v]) => (k === 'MicrosoftAppPassword' || k === 'Audit__Key' ? `${k}=(random, not shown)` : `${k}=${v}`)).join('\n             '));

    say('\n[start] the bot starts in Production with auth on');
    const healthy = await bot.waitUntilHealthy(options.startupTimeoutMs);
    check('GET /healthz answers 200', '200 within the start-up timeout', healthy ? '200' : `no answer (${JSON.stringify(bot.exited)})`, healthy);
    if (!healthy) return;

    const client = teamsClient({ appId: app.id, messagingEndpoint: bot.messagingEndpoint, serviceUrl: connector.serviceUrl, key: teamsKey, tenantId: randomUUID() });
    const post = async (activity, authorization) => {
      if (authorization) sent.push(authorization.replace(/^Bearer /, ''));
      return client.send(activity, authorization);
    };
    const genuine = () => `Bearer ${client.token()}`;
    const inConversation = (conversation) => connector.activities.filter((a) => a.conversationId === conversation.id);

    say('\n[1] personal install: Teams sends conversationUpdate (bot added) and installationUpdate add together');
    const personal = client.personalConversation();
    const [added, installed] = await Promise.all([
      post(client.conversationUpdateBotAdded(personal), genuine()),
      post(client.installationUpdateAdd(personal), genuine()),
    ]);
    check('both install activities accepted', '2xx, 2xx', `${added.status}, ${installed.status}`, ok(added) && ok(installed));
    await waitFor(() => inConversation(personal).length > 0, 20000);
    await delay(QUIET_MS);
    const welcome = inConversation(personal);
    check('exactly one welcome reaches the connector', '1 activity in the personal chat', `${welcome.length} (${welcome.map((a) => a.operation).join(', ') || 'none'})`, welcome.length === 1);
    const welcomeCard = welcome[0]?.activity;
    check('the welcome is an Adaptive Card from the bot', `card, from ${client.bot.id}`, `${isAdaptiveCard(welcomeCard) ? 'card' : 'no card'}, from ${welcomeCard?.from?.id}`,
      isAdaptiveCard(welcomeCard) && welcomeCard?.from?.id === client.bot.id);

    say('\n[2] second install of the same personal app (reinstall / retried request)');
    const again = await post(client.installationUpdateAdd(personal), genuine());
    check('second install accepted', '2xx', `${again.status}`, ok(again));
    await delay(QUIET_MS);
    check('no second welcome', '1 activity in the personal chat', `${inConversation(personal).length}`, inConversation(personal).length === 1);

    say('\n[3] the user types "help"');
    const before = inConversation(personal).length;
    const helpMessage = client.message(personal, 'help');
    const acceptedToken = client.token();
    const helped = await post(helpMessage, `Bearer ${acceptedToken}`);
    check('help accepted', '2xx', `${helped.status}`, ok(helped));
    await waitFor(() => inConversation(personal).length > before, 15000);
    const helpReply = inConversation(personal)[before]?.activity;
    const text = cardText(helpReply);
    const missing = COMMANDS.filter((c) => !new RegExp(`\\b${c}\\b`).test(text));
    check('help answers with a card listing the commands', `card naming ${COMMANDS.join(', ')}`,
      helpReply ? `${isAdaptiveCard(helpReply) ? 'card' : 'no card'}${missing.length ? `, missing ${missing.join(', ')}` : ', all named'}` : 'no reply',
      isAdaptiveCard(helpReply) && missing.length === 0);
    check('the help reply answers the user\'s message', `replyToId ${helpMessage.id} (in body or path)`, `${helpReply?.replyToId ?? inConversation(personal)[before]?.activityId}`,
      (helpReply?.replyToId ?? inConversation(personal)[before]?.activityId) === helpMessage.id);

    say('\n[3b] a channel post that mentions the bot, a card button press, an invoke the bot does not know');
    const channel = client.channelConversation();
    const channelPost = client.channelMention(channel, 'help');
    const posted = await post(channelPost, genuine());
    const channelId = channelPost.conversation.id;
    await waitFor(() => connector.activities.some((a) => a.conversationId === channelId), 15000);
    const channelReply = connector.activities.find((a) => a.conversationId === channelId)?.activity;
    check('"@SecurityBot help" in a channel is answered with the command card (mention stripped)', '2xx and the help card',
      `${posted.status}, ${isAdaptiveCard(channelReply) && cardText(channelReply).includes('what i can do') ? 'help card' : 'no help card'}`,
      ok(posted) && isAdaptiveCard(channelReply) && cardText(channelReply).includes('what i can do'));
    const press = client.cardAction(personal, 'policy.search', { query: 'usb stick' });
    const pressed = await post(press, genuine());
    const invokeBody = parseJson(pressed.body);
    check('a card button (adaptiveCard/action) is answered in the HTTP response with a card', '200, {statusCode 200, type …card.adaptive, value AdaptiveCard}',
      `${pressed.status}, {statusCode ${invokeBody?.statusCode}, type ${invokeBody?.type}, value ${invokeBody?.value?.type}}`,
      pressed.status === 200 && invokeBody?.statusCode === 200 && invokeBody?.type === 'application/vnd.microsoft.card.adaptive' && invokeBody?.value?.type === 'AdaptiveCard');
    const forgedPress = await post(client.cardAction(personal, 'policy.search', { query: 'usb stick' }), `Bearer ${client.token((c) => ({ ...c, aud: randomUUID() }))}`);
    check('the same press with a token for another bot is refused and gets no card', '401, no card', `${forgedPress.status}, ${parseJson(forgedPress.body)?.value?.type ? 'card' : 'no card'}`,
      forgedPress.status === 401 && !parseJson(forgedPress.body)?.value?.type);
    const unknown = await post(client.unknownInvoke(personal), genuine());
    check('an invoke the bot does not handle gets a clear non-200', '501', `${unknown.status}`, unknown.status === 501);

    say('\n[4] forged and broken tokens (each on a fresh conversation whose activity the bot would answer)');
    const forgedConversations = [];
    for (const forgery of forgeries({ client, teamsKey, webchatKey, attackerServiceUrl: attacker.serviceUrl, acceptedToken })) {
      const { activity, authorization } = forgery.build();
      forgedConversations.push(activity.conversation.id);
      const res = await post(activity, authorization);
      check(`refused: ${forgery.name}`, `${forgery.expected}`, `${res.status}`, res.status === forgery.expected);
    }
    await delay(QUIET_MS);
    const leaked = connector.activities.filter((a) => forgedConversations.includes(a.conversationId));
    check('nothing from a forged activity reached the connector', '0 activities', `${leaked.length}`, leaked.length === 0);
    check('nothing reached the attacker\'s serviceUrl (no token sent there)', '0 requests', `${attacker.requests.length}`, attacker.requests.length === 0);

    say('\n[5] control: a genuine token still works after the forgeries');
    const control = client.personalConversation();
    const controlled = await post(client.message(control, 'help'), genuine());
    await waitFor(() => inConversation(control).length > 0, 15000);
    check('genuine help after the forgeries is answered', '2xx and one reply', `${controlled.status} and ${inConversation(control).length} reply`, ok(controlled) && inConversation(control).length === 1);

    say('\n[6] a genuine token that expired 2 minutes ago (inside the documented 5-minute clock skew)');
    const skewed = client.personalConversation();
    const inSkew = await post(client.message(skewed, 'help'), `Bearer ${client.token((c) => ({ ...c, nbf: c.nbf - 3600, exp: Math.floor(Date.now() / 1000) - 120 }))}`);
    await waitFor(() => inConversation(skewed).length > 0, 15000);
    check('accepted and answered', '2xx and one reply', `${inSkew.status} and ${inConversation(skewed).length} reply`, ok(inSkew) && inConversation(skewed).length === 1);

    say('\n[7] what the simulator saw of the bot');
    const malformed = connector.activities.filter((a) => a.operation !== 'createConversation' && (a.activity?.type !== 'message' || a.activity?.from?.id !== client.bot.id));
    check('every activity the bot sent is a message from the bot (type, from.id)', `type message, from ${client.bot.id}`,
      malformed.length ? `${malformed.length} not: ${malformed.map((a) => `${a.operation} type=${a.activity?.type} from=${a.activity?.from?.id}`).join('; ')}` : `all ${connector.activities.length}`,
      malformed.length === 0);
    check('every connector call carried a bearer the issuer issued', '0 refused', `${connector.rejected.length} refused`, connector.rejected.length === 0);
    check('every connector call stayed under the serviceUrl path', '0 unknown calls', `${connector.unknown.length}${connector.unknown.length ? `: ${connector.unknown.join('; ')}` : ''}`, connector.unknown.length === 0);
    check('outbound tokens came from the token endpoint with the right client credentials and scope',
      '≥ 1 issued, 0 refused', `${issuer.stats.tokensIssued} issued, ${issuer.stats.tokensRefused} refused`, issuer.stats.tokensIssued >= 1 && issuer.stats.tokensRefused === 0);
    check('the issuer served everything the bot asked for', '0 unknown requests', `${issuer.stats.unknown.length}${issuer.stats.unknown.length ? `: ${issuer.stats.unknown.join('; ')}` : ''}`, issuer.stats.unknown.length === 0);
    say(`        · issuer: ${issuer.stats.metadata} metadata, ${issuer.stats.keys} JWKS fetches; discovery requests: ${issuer.stats.discovery.join(', ') || 'none'}`);
    const errors = bot.entries('Error');
    check('the bot logged no errors (Teams traffic and forgeries are normal events)', '0 Error entries',
      `${errors.length}${errors.length ? ': ' + summarise(errors) : ''}`, errors.length === 0);
    const raw = bot.rawLog();
    const exposed = [app.secret, ...issuer.issuedTokens, ...sent].filter((s) => s.length > 8 && raw.includes(s)).length;
    check('the bot\'s log contains no secret or token', '0 found', `${exposed} found`, exposed === 0);
  } catch (error) {
    check('the simulator ran to the end', 'no error', String(error?.stack ?? error), false);
  } finally {
    if (bot) {
      await bot.stop();
      if (results.some((r) => !r.pass)) {
        say('\n--- bot log (last 60 lines, secrets and tokens redacted) ---');
        bot.log().slice(-60).forEach((line) => say(line));
      }
    }
    await Promise.all(closers.map((close) => close()));
    rmSync(work, { recursive: true, force: true });
  }
}

/** Distinct "category: first line of message" of log entries, counted, without secrets. */
function summarise(entries) {
  const counts = new Map();
  for (const e of entries) {
    const key = `${e.category}: ${String(e.message).split('\n')[0].slice(0, 140)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n}× ${k}`).join(' | ');
}

const ok = (res) => res.status >= 200 && res.status < 300;

function parseJson(text) {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function parseArguments(args) {
  const parsed = { hostDll: undefined, startupTimeoutMs: 120000 };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--host-dll') parsed.hostDll = resolve(args[++i]);
    else if (args[i] === '--startup-timeout') parsed.startupTimeoutMs = Number(args[++i]) * 1000;
    else {
      console.error(`unknown argument ${args[i]}\nusage: node tools/teams-simulator/simulate.mjs [--host-dll SecurityBot.dll] [--startup-timeout seconds]`);
      process.exit(2);
    }
  }
  return parsed;
}

await main();
const failed = results.filter((r) => !r.pass).length;
say(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
