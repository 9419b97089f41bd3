// The simulated organisation in Teams: everyone installs SecurityBot in their personal scope (so the bot has a 1:1
// chat with each), and helpers to act as any of them and to read what reached their 1:1 chat.
import { delay, waitFor } from './net.mjs';
import { organisation } from './organisation.mjs';
import { shownText, teamsUser } from './teams-client.mjs';

/**
 * `known` maps person ids to personal conversations already installed (Alex's). Returns the session, after every
 * install was answered with its welcome (or the wait ran out: `missing` then names who got none).
 */
export async function installEveryone({ client, connector, post, genuine, known = new Map() }) {
  const personal = new Map(known);
  const pending = organisation.users.filter((u) => !personal.has(u.id));
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
    && (a.conversationId === conversationOf(person).id || connector.createdWith(a.conversationId) === person.teamsId));
  const inConversation = (conversationId, since = 0) => connector.activities.filter((a) => a.conversationId === conversationId && a.at >= since && a.operation !== 'createConversation');

  return {
    conversationOf,
    oneToOne,
    inConversation,
    /** `person` presses an Action.Execute button (or forges one) in their 1:1 chat; the HTTP answer, parsed. */
    async invoke(person, verb, data) {
      const res = await post(client.cardAction(conversationOf(person), verb, data, teamsUser(person)), genuine());
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

/** Everything an answer shows (activities' text and cards, or an invoke body), lower-cased. */
export const answerText = (answer) => (Array.isArray(answer) ? answer.map(shownText).join('\n') : JSON.stringify(answer ?? '')).toLowerCase();

function parse(text) {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
