#!/usr/bin/env node
// Independent Teams simulator: a Bot Framework token issuer, a Bot Connector, Microsoft Graph and a Teams client,
// written from the public specs (not from SecurityBot's code or its C# test fakes), against SecurityBot started with
// only the documented settings. Prints a transcript; exit code 0 only if every check passed. Usage in
// docs/teams-simulator.md.
//
//   node tools/teams-simulator/simulate.mjs [--host-dll path/to/SecurityBot.dll] [--startup-timeout seconds] [--setting Key=Value]...
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attestationCampaign } from './attestation.mjs';
import { startBot } from './bot-host.mjs';
import { forgedPayloads, forgerGetsNoUpdates, noRegisterInChannels } from './confidentiality.mjs';
import { startConnector } from './connector.mjs';
import { killMidFanOut } from './crash-recovery.mjs';
import { crisisRoom } from './crisis-room.mjs';
import { forgeries } from './forgeries.mjs';
import { startGraph } from './graph.mjs';
import { startIssuer } from './issuer.mjs';
import { delay, freePort, waitFor } from './net.mjs';
import { organisationArrives } from './org-session.mjs';
import { parseArguments } from './options.mjs';
import { perPerson } from './per-person.mjs';
import { crisisSettings, organisation, people, roleSettings, TENANT_ID } from './organisation.mjs';
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
  const bots = []; // the host process, and the one started after the kill -9 (the last is the live one)
  const bot = () => bots.at(-1);
  const sent = []; // every token the Teams client sent, to prove none of them reaches the bot's log
  try {
    say('SecurityBot — independent Teams simulator (issuer, connector, Graph and Teams client written from the specs)');
    const tls = makeCertificate(work, 'tls', '127.0.0.1', '127.0.0.1');
    const teamsKey = signingKey(work, 'teams', `sim-msteams-${randomUUID().slice(0, 8)}`, ['msteams']);
    const webchatKey = signingKey(work, 'webchat', `sim-webchat-${randomUUID().slice(0, 8)}`, ['webchat']);
    const app = { id: randomUUID(), secret: randomBytes(24).toString('base64url') };
    const auditKey = randomBytes(32).toString('base64'); // the audit chain's HMAC key (a secret, like the app's)
    const log = (line) => say(`        · ${line}`);

    const issuer = await startIssuer({ tls, keys: [teamsKey, webchatKey], app, log });
    closers.push(issuer.close);
    // The bot's app in the tenant's catalog (a random catalog id per run, as Directory:Graph:TeamsAppCatalogId).
    const graph = await startGraph({ tls, organisation, verifyBearer: issuer.verifyAccessToken, log, app: { catalogId: randomUUID(), botAppId: app.id } });
    closers.push(graph.close);
    const connector = await startConnector({ tls, verifyBearer: issuer.verifyAccessToken, log, graphChat: graph.teams.chat });
    closers.push(connector.close);
    const attacker = await startConnector({ tls, pathPrefix: '/evil/', verifyBearer: () => ({ ok: true }), log, name: 'attacker endpoint' });
    closers.push(attacker.close);
    issuer.enableGraph(TENANT_ID, graph.origin);

    say(`  issuer     ${issuer.origin} (OpenID metadata, JWKS with endorsements, Entra token endpoint)`);
    say(`  connector  ${connector.serviceUrl}  (attacker endpoint ${attacker.serviceUrl})`);
    say(`  graph      ${graph.baseUrl}  (${organisation.users.length} people, ${organisation.groups.length} groups; tokens from ${issuer.graphLoginUrl(TENANT_ID)})`);
    say('\n[0] the simulator\'s own issuer, connector and Graph refuse what they should (so its checks can fail)');
    for (const result of await selfCheck({ tls, issuer, connector, graph, app, tenantId: TENANT_ID, userId: people.cso.id, otherUserId: people.lead.id })) {
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
      // A real tenant: only its activities are served, the directory is Microsoft Graph (the fake), and the roles
      // are its people's object ids. The connector is trusted by configuration, as after a fresh start.
      Bot__AllowedTenantIds__0: TENANT_ID,
      Bot__TrustedServiceUrls__0: connector.serviceUrl,
      Directory__Provider: 'Graph',
      Directory__Graph__BaseUrl: graph.baseUrl,
      Directory__Graph__AuthorityHost: `${issuer.origin}/`,
      Directory__Graph__TenantId: TENANT_ID,
      ...roleSettings,
      // Crisis rooms (issue 17): the bot's catalog app (to install itself in a room and for people), the serviceUrl
      // for chats it reaches through Graph, the roster groups and the executives.
      Directory__Graph__TeamsAppCatalogId: graph.teams.catalogId,
      Outbox__DefaultServiceUrl: connector.serviceUrl,
      ...crisisSettings,
      // Production refuses to start without a secret audit key of its own (issue 14 item 13); ignored before that.
      Audit__KeyId: 'sim-1',
      Audit__Key: auditKey,
      ...options.settings,
    };
    const port = await freePort();
    const launch = () => bots.push(startBot({ repoRoot: REPO_ROOT, hostDll: options.hostDll, port, settings, secrets: () => [app.secret, auditKey, ...issuer.issuedTokens, ...sent] }));
    launch();
    say(`  bot        ${bot().messagingEndpoint}  ← ${bot().description}`);
    say('  settings   ' + Object.entries(settings).map(([k, v]) => (['MicrosoftAppPassword', 'Audit__Key'].includes(k) ? `${k}=(random, not shown)` : `${k}=${v}`)).join('\n             '));

    say('\n[start] the bot starts in Production with auth on');
    const healthy = await bot().waitUntilHealthy(options.startupTimeoutMs);
    check('GET /healthz answers 200', '200 within the start-up timeout', healthy ? '200' : `no answer (${JSON.stringify(bot().exited)})`, healthy);
    if (!healthy) return;

    const client = teamsClient({ appId: app.id, messagingEndpoint: bot().messagingEndpoint, serviceUrl: connector.serviceUrl, key: teamsKey, tenantId: TENANT_ID });
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

    const stranger = teamsClient({ appId: app.id, messagingEndpoint: bot().messagingEndpoint, serviceUrl: connector.serviceUrl, key: teamsKey, tenantId: randomUUID() });
    const session = await organisationArrives({ client, stranger, connector, post, genuine, check, say, known: new Map([[people.alex.id, personal]]) });

    const { risk, incident, current } = await forgedPayloads({ session, check, say });
    if (risk && incident) {
      await noRegisterInChannels({ client, session, post, genuine, check, say, risk, incident });
      await forgerGetsNoUpdates({ session, check, say, risk, incident, current });
    }
    const relaunch = async () => {
      launch();
      return bot().waitUntilHealthy(options.startupTimeoutMs);
    };
    await killMidFanOut({ session, connector, check, say, bot, restart: relaunch });

    await crisisRoom({ session, client, post, genuine, connector, graph, check, say });

    // Issue 18: started again on the same database with the reminder time the scenario configures (attestation.mjs).
    const restartWith = async (extra) => { Object.assign(settings, extra); await bot().stop(); return relaunch(); };
    await attestationCampaign({ session, connector, graph, check, say, restart: restartWith, bot });
    await perPerson({ session, check, say });

    say('\n[15] what the simulator saw of the bot (all three host processes)');
    const malformed = connector.activities.filter((a) => a.operation !== 'createConversation' && (a.activity?.type !== 'message' || a.activity?.from?.id !== client.bot.id));
    check('every activity the bot sent is a message from the bot (type, from.id)', `type message, from ${client.bot.id}`,
      malformed.length ? `${malformed.length} not: ${malformed.map((a) => `${a.operation} type=${a.activity?.type} from=${a.activity?.from?.id}`).join('; ')}` : `all ${connector.activities.length}`,
      malformed.length === 0);
    check('every connector call carried a bearer the issuer issued', '0 refused', `${connector.rejected.length} refused`, connector.rejected.length === 0);
    check('every connector call stayed under the serviceUrl path', '0 unknown calls', `${connector.unknown.length}${connector.unknown.length ? `: ${connector.unknown.join('; ')}` : ''}`, connector.unknown.length === 0);
    check('outbound tokens came from the token endpoint with the right client credentials and scope',
      '≥ 1 issued, 0 refused', `${issuer.stats.tokensIssued} issued, ${issuer.stats.tokensRefused} refused`, issuer.stats.tokensIssued >= 1 && issuer.stats.tokensRefused === 0);
    check('the directory was read from Graph with Graph tokens of the organisation\'s tenant', '≥ 1 Graph token, ≥ 1 call, 0 refused, 0 unsupported calls',
      `${issuer.stats.graphTokensIssued} Graph tokens, ${graph.stats.calls} calls (${Object.entries(graph.stats.byRoute).map(([r, n]) => `${n}× ${r}`).join(', ')}), ${graph.stats.refused.length} refused${graph.stats.refused.length ? `: ${graph.stats.refused.slice(0, 3).join('; ')}` : ''}, ${graph.stats.unknown.length} unsupported${graph.stats.unknown.length ? `: ${graph.stats.unknown.slice(0, 3).join('; ')}` : ''}`,
      issuer.stats.graphTokensIssued >= 1 && graph.stats.calls >= 1 && graph.stats.refused.length === 0 && graph.stats.unknown.length === 0);
    check('the issuer served everything the bot asked for', '0 unknown requests', `${issuer.stats.unknown.length}${issuer.stats.unknown.length ? `: ${issuer.stats.unknown.join('; ')}` : ''}`, issuer.stats.unknown.length === 0);
    say(`        · issuer: ${issuer.stats.metadata} metadata, ${issuer.stats.keys} JWKS fetches; discovery requests: ${issuer.stats.discovery.join(', ') || 'none'}`);
    const errors = bots.flatMap((b) => b.entries('Error'));
    check('the bot logged no errors (Teams traffic and forgeries are normal events)', '0 Error entries',
      `${errors.length}${errors.length ? ': ' + summarise(errors) : ''}`, errors.length === 0);
    const raw = bots.map((b) => b.rawLog()).join('\n');
    const exposed = [app.secret, auditKey, ...issuer.issuedTokens, ...sent].filter((s) => s.length > 8 && raw.includes(s)).length;
    check('the bot\'s log contains no secret or token', '0 found', `${exposed} found`, exposed === 0);
  } catch (error) {
    check('the simulator ran to the end', 'no error', String(error?.stack ?? error), false);
  } finally {
    for (const [i, b] of bots.entries()) {
      await b.stop();
      if (results.some((r) => !r.pass)) {
        say(`\n--- bot log${bots.length > 1 ? ` of host process ${i + 1}` : ''} (last 40 lines, secrets and tokens redacted) ---`);
        b.log().slice(-40).forEach((line) => say(line));
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

const started = Date.now();
await main();
const failed = results.filter((r) => !r.pass).length;
say(`\n${results.length - failed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);
