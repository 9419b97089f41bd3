// Issue 14's "a forged payload reads nothing" and "a channel gets no register", tried as people of the simulated
// organisation would: one person's real risk acceptance and incident, then another person's forged card presses and
// typed commands, then security-team members asking for the register in a channel and a group chat.
import { delay, waitFor } from './net.mjs';
import { answerText, quiet } from './org-session.mjs';
import { organisation, people } from './organisation.mjs';
import { cardText, shownText, teamsUser } from './teams-client.mjs';

const MISSING_RISK = 'RA-999999';
const MISSING_INCIDENT = 'INC-999999';

// Distinctive words of the real items, so a leak of any of their data is found in an answer.
export const RISK_FORM = {
  title: 'Payroll server Orchid kept without EDR agent',
  asset: 'PAYROLL-ORCHID-01',
  description: 'The payroll vendor does not support the EDR agent on the Orchid appliance until next release.',
  likelihood: '3',
  impact: '4',
  controls: 'Network isolation of the Orchid VLAN and weekly log review',
  justification: 'Payroll must run this month; the vendor upgrade is scheduled for the next quarter.',
  durationDays: '90',
};
export const INCIDENT_FORM = {
  category: 'phishing',
  description: 'Mail from "Orchid payroll" asked Oliver to confirm bank details at a lookalike site',
  occurredOn: new Date().toISOString().slice(0, 10),
  affectedSystem: 'Oliver mailbox (finance shared inbox)',
  evidence: 'sender payroll-orchid@lookalike.invalid',
  clicked: 'false',
};

/** [9] a forged card payload reads nothing. Returns the real items' references for the next scenarios. */
export async function forgedPayloads({ session, check, say }) {
  const { oliver, isaiah, financeManager } = people;
  say(`\n[9] a forged card payload reads nothing (Oliver Grant, accountant, asks; Isaiah Langer, engineer, forges)`);
  const submitted = await session.invoke(oliver, 'risk.request.submit', RISK_FORM);
  const risk = /RA-\d{6}/.exec(answerText(submitted.body).toUpperCase())?.[0];
  check('Oliver\'s risk request form submit creates a risk acceptance', '200 and a card naming RA-…', `${submitted.status}, ${risk ?? 'no RA number'}`, submitted.status === 200 && !!risk);
  const reported = await session.invoke(oliver, 'incident.submit', INCIDENT_FORM);
  const incident = /INC-\d{6}/.exec(answerText(reported.body).toUpperCase())?.[0];
  check('Oliver\'s incident report form submit creates an incident', '200 and a card naming INC-…', `${reported.status}, ${incident ?? 'no INC number'}`, reported.status === 200 && !!incident);
  if (!risk || !incident) return { risk, incident };

  // The register holds accepted risks: the approvers (Adele Vance, Oliver's manager, then the CSO for a High risk)
  // approve with the buttons of the cards they received.
  const approvals = await approveThroughChain(session, risk);
  const accepted = approvals.at(-1)?.answer ?? '';
  check(`${risk} is approved through its chain with the buttons of the approvers' cards`, 'each approver\'s press answered 200, the last card says accepted',
    approvals.map((a) => `${a.who} v${a.version} → ${a.status}`).join(', ') || 'no approver got a card', approvals.length > 0 && approvals.every((a) => a.status === 200) && /accepted/.test(accepted) && !accepted.includes('pending approval'));
  // After the last decision the request is one version past the last card an approver pressed.
  const current = (approvals.at(-1)?.version ?? 0) + 1;
  say(`        · versions on the approvers' cards: ${approvals.map((a) => a.version).join(', ') || 'none'}; ${incident} reported`);

  const secrets = [RISK_FORM.title, RISK_FORM.asset, RISK_FORM.controls, 'orchid', oliver.displayName, oliver.userPrincipalName, financeManager.displayName, people.cso.displayName];
  const forgeries = [
    ['risk.approve', 1, 'the card\'s verb, version 1 (lower than the current one)'],
    ['risk.approve', current, 'the card\'s verb, the current version'],
    ['risk.remediate', current, 'another verb (risk.remediate), the current version'],
    ['risk.renew', 1, 'another verb (risk.renew), version 1'],
  ];
  for (const [verb, v, label] of forgeries) {
    const real = await session.invoke(isaiah, verb, { verb, id: risk, version: v });
    const missing = await session.invoke(isaiah, verb, { verb, id: MISSING_RISK, version: v });
    compare(check, `forged ${verb} {id ${risk}, version ${v}} — ${label}`, real, missing, risk, MISSING_RISK, secrets);
  }

  const incidentSecrets = ['orchid', 'lookalike', INCIDENT_FORM.affectedSystem, oliver.displayName];
  const typedReal = await session.type(isaiah, `incident ${incident}`);
  const typedMissing = await session.type(isaiah, `incident ${MISSING_INCIDENT}`);
  compare(check, `"incident ${incident}" typed by an employee who is not a responder`,
    { status: typedReal.status, body: typedReal.replies.map(visible) }, { status: typedMissing.status, body: typedMissing.replies.map(visible) },
    incident, MISSING_INCIDENT, incidentSecrets);
  for (const [verb, v] of [['incident.acknowledge', 1], ['incident.acknowledge', 0], ['incident.refresh', 1]]) {
    const real = await session.invoke(isaiah, verb, { verb, incident, version: v });
    const missing = await session.invoke(isaiah, verb, { verb, incident: MISSING_INCIDENT, version: v });
    compare(check, `forged ${verb} {incident ${incident}, version ${v}}`, real, missing, incident, MISSING_INCIDENT, incidentSecrets);
  }
  return { risk, incident, current };
}

/**
 * [10b] a forged press must not make the forger a recipient of later card updates either: Oliver marks the risk
 * remediated and a security analyst acknowledges the incident (each with their own card's button), then nothing of
 * either may have reached Isaiah's chat.
 */
export async function forgerGetsNoUpdates({ session, check, say, risk, incident, current }) {
  say('\n[10b] later changes to both items do not reach the forger');
  const remediated = await session.invoke(people.oliver, 'risk.remediate', { id: risk, version: current });
  const analyst = people.analysts[10];
  const acknowledge = incidentAction(session, analyst, incident, 'incident.acknowledge');
  const acknowledged = acknowledge ? await session.invoke(analyst, 'incident.acknowledge', acknowledge) : undefined;
  check(`Oliver marks ${risk} remediated and ${analyst.displayName} acknowledges ${incident} with their cards' buttons`, '200 and 200',
    `${remediated.status}${/remediated/.test(answerText(remediated.body)) ? ' (remediated)' : ''} and ${acknowledged?.status ?? `no acknowledge button on ${analyst.displayName}'s card`}`,
    remediated.status === 200 && /remediated/.test(answerText(remediated.body)) && acknowledged?.status === 200);
  await quiet(session.connector, 1500, 15000); // the card copies are updated through the outbox
  const seen = session.oneToOne(people.isaiah).map((a) => `${a.operation} ${shownText(a.activity)}`);
  const leaked = seen.filter((text) => ['orchid', 'lookalike', RISK_FORM.asset.toLowerCase()].some((w) => text.includes(w)));
  check('nothing about either item ever reached Isaiah\'s chat (no card, no update)', '0 activities showing their data',
    `${leaked.length} of ${seen.length}${leaked.length ? `: ${[...new Set(leaked.map((t) => t.split(' ')[0]))].join(', ')}` : ''}`, leaked.length === 0);
}

/** [10] a channel gets no register: security-team members ask in a channel and in a group chat. */
export async function noRegisterInChannels({ client, session, post, genuine, check, say, risk, incident }) {
  say('\n[10] a channel gets no register: security-team members type register commands in a channel and a group chat (@mention)');
  const commands = [
    ['risk list', (t) => t.includes(risk.toLowerCase())],
    ['risk export', (t) => t.includes('```csv') || t.includes(risk.toLowerCase())],
    [`risk ${risk}`, (t) => t.includes(RISK_FORM.title.toLowerCase())],
    [`incident ${incident}`, (t) => t.includes(incident.toLowerCase()) && t.includes('orchid')],
  ];
  const places = [['channel', () => client.channelConversation()], ['group chat', () => client.groupChatConversation()]];
  const askers = people.analysts.slice(0, commands.length * places.length);
  const tries = places.flatMap(([place, open], p) => commands.map(([command, hasContent], c) => ({ place, conversation: open(), command, hasContent, who: askers[p * commands.length + c] })));
  // Earlier notifications (INC-000001 reached every analyst) are delivered first, so only answers count.
  await quiet(session.connector, 1500, 15000);
  const since = Date.now();
  await Promise.all(tries.map(async (t) => {
    t.status = (await post(client.channelMention(t.conversation, t.command, teamsUser(t.who)), genuine())).status;
  }));
  const inPlace = (t) => session.inConversation(t.conversation.id, since).map((a) => a.activity);
  // New messages only: an update of a card the analyst already had is not an answer.
  const inPrivate = (t) => session.oneToOne(t.who, since).filter((a) => a.operation !== 'updateActivity').map((a) => a.activity);
  await waitFor(() => tries.every((t) => inPlace(t).length > 0 && inPrivate(t).some((a) => t.hasContent(shownText(a)))), 8000);
  await delay(300);
  const forbidden = [RISK_FORM.title, RISK_FORM.asset, 'orchid', 'lookalike', people.oliver.displayName, '```csv'].map((s) => s.toLowerCase());
  for (const t of tries) {
    const shown = inPlace(t).map(shownText).join('\n');
    const typed = t.command.split(' ')[1].toLowerCase();
    const leaks = [...forbidden.filter((s) => shown.includes(s)), ...[...shown.matchAll(/\b(ra|inc)-\d{6}\b/g)].map((m) => m[0]).filter((n) => n !== typed)];
    check(`${t.place}: "${t.command}" answers there with a short pointer only`, '2xx, a reply, no titles, no other numbers, no CSV',
      `${t.status}, ${inPlace(t).length} repl${inPlace(t).length === 1 ? 'y' : 'ies'}${leaks.length ? `, shows: ${[...new Set(leaks)].join(', ')}` : ', nothing of the register'}`,
      t.status >= 200 && t.status < 300 && inPlace(t).length > 0 && leaks.length === 0);
    const privately = inPrivate(t);
    check(`${t.place}: "${t.command}" sends the content to ${t.who.displayName}'s 1:1 chat`, 'the content in the 1:1 chat',
      `${privately.length} activit${privately.length === 1 ? 'y' : 'ies'} in the 1:1 chat${privately.some((a) => t.hasContent(shownText(a))) ? ' with the content' : ', none with the content'}`,
      privately.some((a) => t.hasContent(shownText(a))));
  }
}

/** Compares the answer about a real item with the answer about one that does not exist, number aside. */
function compare(check, name, real, missing, reference, missingReference, secrets) {
  const shown = JSON.stringify(real.body ?? '').toLowerCase();
  const leaked = secrets.filter((s) => shown.includes(s.toLowerCase()));
  check(`${name}: reveals none of its data`, 'no title, asset, requester, approver, description',
    leaked.length ? `${real.status}, shows: ${leaked.join(', ')}` : `${real.status}, ${summary(real)}`, leaked.length === 0);
  const a = normalise(real, reference);
  const b = normalise(missing, missingReference);
  check(`${name}: same answer as for ${missingReference}, which does not exist`, clip(b), clip(a), a === b);
}

const normalise = (answer, reference) =>
  `${answer.status} ${JSON.stringify(answer.body)}`.replace(new RegExp(reference, 'gi'), '<number>').replace(/"(id|replyToId|timestamp)":"[^"]*"/g, '"$1":…');

const clip = (text) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);

const visible = (activity) => ({ text: activity?.text, card: cardText(activity) });

function summary(answer) {
  const body = answer.body;
  if (body?.type === 'application/vnd.microsoft.error') return `error ${body.value?.code}`;
  if (body?.value?.type === 'AdaptiveCard') return 'a card';
  return 'an answer';
}

/** Whoever received a card with an Approve button for `risk` at a new version presses it, stage after stage. */
async function approveThroughChain(session, risk) {
  const approvals = [];
  for (let stage = 0; stage < 4; stage++) {
    const after = approvals.at(-1)?.version ?? 0;
    let next;
    await waitFor(() => (next = approveCard(session, risk, after)), 10000);
    if (!next) break;
    const answer = await session.invoke(next.person, 'risk.approve', next.data);
    approvals.push({ who: next.person.displayName, version: Number(next.data.version), status: answer.status, answer: answerText(answer.body) });
    // Done once the card no longer waits for anyone (Accepted), or an approver's press was not taken.
    if (answer.status !== 200 || !approvals.at(-1).answer.includes('pending approval')) break;
  }
  return approvals;
}

function approveCard(session, risk, afterVersion) {
  for (const person of organisation.users) {
    for (const { activity } of session.oneToOne(person)) {
      const data = findAction(activity?.attachments, 'risk.approve');
      if (data?.id === risk && Number(data.version) > afterVersion) return { person, data };
    }
  }
  return undefined;
}

function incidentAction(session, person, incident, verb) {
  for (const { activity } of session.oneToOne(person).reverse()) {
    const data = findAction(activity?.attachments, verb);
    if (data?.incident === incident) return data;
  }
  return undefined;
}

export function findAction(node, verb) {
  if (Array.isArray(node)) return node.map((n) => findAction(n, verb)).find(Boolean);
  if (!node || typeof node !== 'object') return undefined;
  if (node.type === 'Action.Execute' && node.verb === verb) return node.data;
  return Object.values(node).map((v) => findAction(v, verb)).find(Boolean);
}
