// The simulated organisation in Teams: everyone installs SecurityBot in their personal scope (so the bot has a 1:1
// chat with each), and helpers to act as any of them and to read what reached their 1:1 chat.
import { delay, waitFor } from './net.mjs';
import { organisation } from './organisation.mjs';
import { shownText, teamsUser } from './teams-client.mjs';

/**
 * [8] everyone else installs the bot (each must be welcomed once), and a genuine activity from another tenant
 * (`stranger`, a client of a tenant not in Bot:AllowedTenantIds) is refused unanswered. Returns the session.
 */
export async function organisationArrives({ client, stranger, connector, post, genuine, check, say, known }) {
  say('\n[8] the organisation installs SecurityBot; another tenant is turned away');
  const strangerChat = stranger.personalConversation();
  const foreign = await post(stranger.message(strangerChat, 'help'), genuine());
  const everyone = await installEveryone({ client, connector, post, genuine, known });
  const ok = (status) => status >= 200 && status < 300;
  check(`every one of the ${everyone.installs} other people's personal installs is welcomed`, `${everyone.installs} × 2xx, ${everyone.installs} welcomes`,
    `${everyone.statuses.filter(ok).length} × 2xx, ${everyone.installs - everyone.missing.length} welcomes${everyone.missing.length ? ` (none for ${everyone.missing.slice(0, 5).join(', ')}…)` : ''}`,
    everyone.statuses.every(ok) && everyone.missing.length === 0);
  const replies = connector.activities.filter((a) => a.conversationId === strangerChat.id).length;
  check('a genuine activity from a tenant not in Bot:AllowedTenantIds is refused and unanswered', '403, no reply',
    `${foreign.status}, ${replies} repl${replies === 1 ? 'y' : 'ies'}`, foreign.status === 403 && replies === 0);
  return orgSession({ client, connector, post, genuine, personal: everyone.personal });
}

/**
 * `known` maps person ids to personal conversations already installed (Alex's). Returns the personal chats, after
 * every install was answered with its welcome (or the wait ran out: `missing` then names who got none).
 */
async function installEveryone({ client, connector, post, genuine, known }) {
  const personal = new Map(known);
  const pending = organisation.users.filter((u) => !personal.has(u.id) && u.installsBot !== false);
  const statuses = [];
  for (let i = 0; i < pending.length; i += 6) {
    await Promise.all(pending.slice(i, i + 6).map(async (person) => {
      const conversation = client.personalConversation(teamsUser(person));
      personal.set(person.id, conversation);
      statuses.push((await post(client.installationUpdateAdd(conversation, teamsUser(person)), genuine())).status);
    }));
  }
  const welcomed = (person) => connector.activities.some((a) => a.conversationId === personal.get(person.id).id);
  await waitFor(() => pending.every(welcomed), 30000, 200);
  return { personal, installs: pending.length, statuses, missing: pending.filter((p) => !welcomed(p)).map((p) => p.displayName) };
}

export function orgSession({ client, connector, post, genuine, personal }) {
  const conversationOf = (person) => personal.get(person.id);
  /** Activities the bot sent to `person`'s 1:1 chat: the installed one, or one it created with them alone. */
  const oneToOne = (person, since = 0) => connector.activities.filter((a) => a.at >= since && a.operation !== 'createConversation'
    && (a.conversationId === conversationOf(person)?.id || connector.createdWith(a.conversationId) === person.teamsId));
  const inConversation = (conversationId, since = 0) => connector.activities.filter((a) => a.conversationId === conversationId && a.at >= since && a.operation !== 'createConversation');

  return {
    connector,
    conversationOf,
    oneToOne,
    inConversation,
    /** `person` presses an Action.Execute button (or forges one) in their 1:1 chat, on the message `cardMessageId` when known; the HTTP answer, parsed. */
    async invoke(person, verb, data, cardMessageId = undefined) {
      const res = await post(client.cardAction(conversationOf(person), verb, data, teamsUser(person), cardMessageId), genuine());
      return { status: res.status, raw: res.body, body: parse(res.body) };
    },
    /** `person` answers a file consent card in their 1:1 chat (fileConsent/invoke); the HTTP answer, parsed. */
    async fileConsent(person, value) {
      const res = await post(client.fileConsent(conversationOf(person), value, teamsUser(person)), genuine());
      return { status: res.status, raw: res.body, body: parse(res.body) };
    },
    /** `person` types `text` in their 1:1 chat; the bot's reply that reached the connector (or undefined). */
    async type(person, text, timeoutMs = 10000) {
      const since = Date.now();
      const message = client.message(conversationOf(person), text, teamsUser(person));
      const res = await post(message, genuine());
      await waitFor(() => inConversation(conversationOf(person).id, since).length > 0, timeoutMs);
      await delay(200); // a reply of several activities: let the rest arrive
      return { status: res.status, replies: inConversation(conversationOf(person).id, since).map((a) => a.activity) };
    },
  };
}

/** Waits until the connector has seen no new activity for `quietMs` (at most `timeoutMs`). */
export async function quiet(connector, quietMs, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let count = connector.activities.length;
  let since = Date.now();
  while (Date.now() < deadline && Date.now() - since < quietMs) {
    await delay(200);
    if (connector.activities.length !== count) {
      count = connector.activities.length;
      since = Date.now();
    }
  }
}

/** Everything an answer shows (activities' text and cards, or an invoke body), lower-cased. */
export const answerText = (answer) => (Array.isArray(answer) ? answer.map(shownText).join('\n') : JSON.stringify(answer ?? '')).toLowerCase();

function parse(text) {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
