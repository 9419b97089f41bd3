// Issue 17's "Done when", tried as people of the simulated organisation would: a Critical report opens ONE Teams group
// chat (through Microsoft Graph) with the lead, the CSO, the reporter's manager and the crisis roster; the bot installs
// itself there and posts a welcome and the live incident card, which is updated when an analyst acknowledges (who then
// joins the room); "@SecurityBot update …" typed in the room posts a stakeholder update that also reaches the
// executives' 1:1 chats; resolving posts a closing card and the post-incident review. Written from the issue and the
// Graph/Teams docs, not from SecurityBot's code.
import { findAction } from './confidentiality.mjs';
import { waitFor } from './net.mjs';
import { answerText, quiet } from './org-session.mjs';
import { crisisRoster, executiveMembers, organisation, people } from './organisation.mjs';
import { isAdaptiveCard, shownText, teamsUser } from './teams-client.mjs';

const STEP_MS = 20000; // every step of the room must be visible within 20 s
const REPORT = { category: 'ransomware', description: 'All my files are encrypted and there is a ransom note', clicked: 'true' };
const UPDATE = 'update Contained, restoring from backup impact: Finance share offline';
const RESOLUTION = 'Finance share restored from last night\'s backup; the infected laptop was reimaged';
const POSTS = ['sendToConversation', 'replyToActivity'];

export async function crisisRoom({ session, client, post, genuine, connector, graph, check, say }) {
  const reporter = people.alex;
  const manager = organisation.users.find((u) => u.id === reporter.managerId);
  const expected = [people.lead, people.cso, manager, ...crisisRoster()];
  const analyst = people.analysts[20];
  const executives = executiveMembers();
  const names = (ids) => ids.map((id) => organisation.users.find((u) => u.id === id)?.displayName ?? id).join(', ') || 'none';
  say(`\n[12] crisis room: ${reporter.displayName} reports ransomware (Critical) → one group chat with ${expected.map((p) => p.displayName).join(', ')}`);
  await quiet(connector, 2000, STEP_MS); // earlier scenarios' sends are out of the way

  const report = await session.invoke(reporter, 'incident.submit', REPORT);
  const incident = /INC-\d{6}/.exec(answerText(report.body).toUpperCase())?.[0];
  check(`${reporter.displayName}'s ransomware report (clicked) is accepted`, '200 and a card naming INC-…', `${report.status}, ${incident ?? 'no INC number'}`, report.status === 200 && !!incident);
  if (!incident) return;
  const rooms = () => [...graph.teams.chats.values()].filter((c) => c.chatType === 'group' && String(c.topic ?? '').startsWith(incident));
  const posts = (room, since = 0) => session.inConversation(room.id, since).filter((a) => POSTS.includes(a.operation));

  // (a) one group chat, the right members, the bot's app installed before it posts there
  await waitFor(() => rooms()[0]?.installed, STEP_MS, 200);
  const room = rooms()[0];
  await waitFor(() => room && posts(room).length >= 2, STEP_MS, 200); // the welcome and the live card
  const members = room ? [...room.members.keys()] : [];
  const missing = expected.filter((p) => !members.includes(p.id));
  const extra = members.filter((id) => !expected.some((p) => p.id === id));
  check(`exactly one group chat is created for ${incident}, topic "${incident} — …"`, `1 chat, topic starting "${incident} — "`,
    `${rooms().length} chat(s)${room ? `, topic "${room.topic}"` : ''}`, rooms().length === 1 && room.topic.startsWith(`${incident} — `) && room.topic.length > incident.length + 3);
  if (!room) return;
  check('its members are the lead, the CSO, the reporter\'s manager and the Legal and Privacy roster (nobody acknowledged yet)', names(expected.map((p) => p.id)),
    `${names(members)}${missing.length ? `; missing ${names(missing.map((p) => p.id))}` : ''}${extra.length ? `; not expected ${names(extra)}` : ''}`, missing.length === 0 && extra.length === 0);
  const installs = graph.teams.operations.filter((o) => o.op === 'installInChat' && o.chatId === room.id);
  const refused = connector.forbidden.filter((f) => f.conversationId === room.id);
  const lastRefusal = Math.max(0, ...refused.map((f) => f.at));
  const retried = posts(room).some((a) => a.at > lastRefusal);
  check('the bot installs its app in the chat (POST /chats/{id}/installedApps) before posting, or posts again after installing',
    'installed (201); 0 sends refused with 403, or each refused send retried after the install',
    `installs: ${installs.map((o) => o.status).join(', ') || 'none'}; ${refused.length} refused with 403${refused.length ? (retried ? ', posted again after the install' : ', never posted after') : ''}`,
    room.installed && (refused.length === 0 || retried));

  // (b) the welcome card and the live card
  const welcome = posts(room).find((a) => shownText(a.activity).includes('crisis room'));
  const live = posts(room).find((a) => a !== welcome && isAdaptiveCard(a.activity) && shownText(a.activity).includes(incident.toLowerCase()));
  check('the room gets a welcome card (mentions "Crisis room")', 'a card saying "crisis room"',
    `${posts(room).length} post(s); ${welcome ? `welcome${isAdaptiveCard(welcome.activity) ? ' card' : ' (no card)'}` : 'no welcome'}`, !!welcome && isAdaptiveCard(welcome.activity));
  check(`the room gets ${incident}'s live card`, `an Adaptive Card naming ${incident}`, live ? `card ${live.id}` : 'none', !!live);

  // (c) an analyst acknowledges with their own 1:1 card's button → the live card is updated, the analyst joins
  await waitFor(() => actionData(session, analyst, incident, 'incident.acknowledge'), STEP_MS, 200);
  const acknowledge = actionData(session, analyst, incident, 'incident.acknowledge');
  const ackAt = Date.now();
  const acked = acknowledge ? await session.invoke(analyst, 'incident.acknowledge', acknowledge) : undefined;
  check(`${analyst.displayName} acknowledges ${incident} with the button of the card they received 1:1`, '200',
    acked ? `${acked.status}` : `no acknowledge button on ${analyst.displayName}'s card`, acked?.status === 200);
  const showsAck = (a) => /acknowledged/.test(shownText(a.activity)) || shownText(a.activity).includes(analyst.displayName.toLowerCase());
  const liveUpdates = () => connector.activities.filter((a) => a.operation === 'updateActivity' && a.conversationId === room.id && a.at >= ackAt && (!live || a.activityId === live.id));
  await waitFor(() => liveUpdates().some(showsAck), STEP_MS, 200);
  check('the live card in the room is updated (PUT) to show the acknowledgement', `PUT of ${live?.id ?? 'the live card'} showing "acknowledged" or ${analyst.displayName}`,
    `${liveUpdates().length} update(s)${liveUpdates().length ? (liveUpdates().some(showsAck) ? ', showing it' : ', none showing it') : ''}`, !!live && liveUpdates().some(showsAck));
  const joined = () => graph.teams.operations.some((o) => o.op === 'addMember' && o.chatId === room.id && o.userId === analyst.id && o.status === 201) && room.members.has(analyst.id);
  await waitFor(joined, STEP_MS, 200);
  check(`${analyst.displayName} is added to the room (POST /chats/{id}/members)`, 'added (201), a member',
    `${graph.teams.operations.filter((o) => o.op === 'addMember' && o.chatId === room.id).map((o) => `${names([o.userId ?? '?'])} ${o.status}`).join(', ') || 'no member added'}`, joined());

  // (d) "@SecurityBot update …" typed in the room → a stakeholder update in the room and in each executive's 1:1 chat
  const updateAt = Date.now();
  const conversation = { conversationType: 'groupChat', isGroup: true, tenantId: organisation.tenantId, id: room.id };
  const typed = await post(client.channelMention(conversation, UPDATE, teamsUser(analyst)), genuine());
  const isUpdate = (a) => /stakeholder update #1/.test(shownText(a.activity)) && shownText(a.activity).includes('restoring from backup');
  await waitFor(() => posts(room, updateAt).some(isUpdate) && executives.every((e) => session.oneToOne(e, updateAt).some(isUpdate)), STEP_MS, 200);
  check(`"@SecurityBot ${UPDATE}" in the room posts "Stakeholder update #1" there`, '2xx, a card "Stakeholder update #1" with the status',
    `${typed.status}, ${posts(room, updateAt).some(isUpdate) ? 'posted' : `not posted (${posts(room, updateAt).length} other post(s))`}`, typed.status >= 200 && typed.status < 300 && posts(room, updateAt).some(isUpdate));
  const reached = executives.filter((e) => session.oneToOne(e, updateAt).some(isUpdate));
  check('each member of the Executives group receives the update in their 1:1 chat', names(executives.map((e) => e.id)),
    `${reached.length} of ${executives.length}${reached.length < executives.length ? `; not ${names(executives.filter((e) => !reached.includes(e)).map((e) => e.id))}` : ''}`, reached.length === executives.length);

  // (e) resolving with the analyst's own button → a closing card and the post-incident review in the room
  const resolveData = findAction(acked?.body, 'incident.resolve') ?? actionData(session, analyst, incident, 'incident.resolve');
  const resolveAt = Date.now();
  const resolved = resolveData ? await session.invoke(analyst, 'incident.resolve', { ...resolveData, resolution: RESOLUTION }) : undefined;
  check(`${analyst.displayName} resolves ${incident} with the resolve button of their card`, '200',
    resolved ? `${resolved.status}` : `no resolve button on ${analyst.displayName}'s card`, resolved?.status === 200);
  // Two cards: the closing one (says resolved/closed; else the first new card) and another that is the review. A
  // closing card that only mentions the review to come is not the review.
  const cards = () => posts(room, resolveAt).filter((a) => isAdaptiveCard(a.activity));
  const closing = () => cards().find((a) => /resolved|closed/.test(shownText(a.activity))) ?? cards()[0];
  const review = () => cards().find((a) => a !== closing() && shownText(a.activity).includes('eview'));
  await waitFor(() => review() && closing(), STEP_MS, 200);
  const headline = (a) => shownText(a.activity).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 2).join(' / ').slice(0, 90);
  const newPosts = posts(room, resolveAt).map((a) => `"${headline(a)}"`).join(', ');
  const updates = connector.activities.filter((a) => a.operation === 'updateActivity' && a.conversationId === room.id && a.at >= resolveAt).map((a) => `"${headline(a)}"`).join(', ');
  for (const a of posts(room, resolveAt)) say(`        · posted in the room after resolving: ${shownText(a.activity).replace(/\s*\n\s*/g, ' / ').slice(0, 300)}`);
  check('the room gets a closing card', 'a new card in the room after resolving (saying resolved/closed)',
    `${posts(room, resolveAt).length} new post(s)${newPosts ? `: ${newPosts}` : ''}${updates ? `; updates in the room: ${updates}` : ''}`, !!closing());
  check('the room gets the post-incident review card', 'another new Adaptive Card, mentioning the review',
    review() ? `posted: "${headline(review())}"` : `none besides the closing card (${cards().length} new card(s))`, !!review());

  // (f) idempotent: one room for this incident, and none for any incident twice
  await quiet(connector, 2000, STEP_MS);
  check(`still exactly one group chat for ${incident}`, '1', `${rooms().length}`, rooms().length === 1);
  const topics = [...graph.teams.chats.values()].filter((c) => c.chatType === 'group').map((c) => /^INC-\d{6}/.exec(c.topic ?? '')?.[0] ?? c.topic);
  const twice = [...new Set(topics.filter((t, i) => topics.indexOf(t) !== i))];
  check('no incident of the whole run has two rooms (one reported before the kill -9 included)', '0', `${twice.length}${twice.length ? `: ${twice.join(', ')}` : ''} (${topics.length} room(s): ${topics.join(', ') || 'none'})`, twice.length === 0);
  const malformed = graph.teams.operations.filter((o) => o.status >= 400 && o.status !== 409);
  check('every Graph chat call the bot made was well-formed and named what exists', '0 answered 400/404',
    `${malformed.length}${malformed.length ? `: ${malformed.slice(0, 3).map((o) => `${o.op} ${o.status} ${o.detail ?? ''}`).join('; ')}` : ''} (${graph.teams.operations.length} calls)`, malformed.length === 0);
}

/** The data of the latest `verb` button for `incident` on a card in `person`'s 1:1 chat (sent or updated). */
function actionData(session, person, incident, verb) {
  for (const { activity } of session.oneToOne(person).reverse()) {
    const data = findAction(activity?.attachments, verb);
    if (data?.incident === incident) return data;
  }
  return undefined;
}
