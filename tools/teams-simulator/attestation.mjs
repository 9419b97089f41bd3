// Issue 18's "Done when", tried as the security lead and the people of a 30-person Entra group would: the lead types
// "policy campaign", fills the card for the acceptable-use policy to the group and sends it; every member (ten of
// whom never opened SecurityBot, so the bot must install itself for them through Graph) gets ONE card; Alex accepts
// with his card's button and the lead's progress card is edited to "1 of 30 accepted"; at the organisation's reminder
// time everyone still pending gets a reminder and Alex does not; the export lists who accepted
// which version (a CSV offered as a file in the lead's 1:1 chat, uploaded once allowed). Written from the issue and the Teams/Graph docs, not from SecurityBot's code.
import { findAction } from './confidentiality.mjs';
import { delay, waitFor } from './net.mjs';
import { quiet } from './org-session.mjs';
import { people, pilotGroup } from './organisation.mjs';
import { shownText } from './teams-client.mjs';

const STEP_MS = 30000;
const POSTS = ['sendToConversation', 'replyToActivity'];

/**
 * The organisation's reminder time is configured (Attestation:ReminderTime, every day a business day) to fall shortly
 * after the campaign goes out: the simulator cannot move the bot's clock. Returns those settings for the host.
 */
export function reminderSoon(now = new Date(), leadSeconds = 75) {
  // Whole seconds: the setting is hh:mm:ss, so the bot's reminder time has no milliseconds. Counting reminders from
  // an instant with milliseconds would miss those the bot sends in the first fraction of that second.
  const at = new Date(Math.floor((now.getTime() + leadSeconds * 1000) / 1000) * 1000);
  const hhmmss = at.toISOString().slice(11, 19);
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return {
    at,
    settings: {
      Attestation__TimeZone: 'UTC',
      Attestation__ReminderTime: hhmmss,
      ...Object.fromEntries(days.map((d, i) => [`Attestation__BusinessDays__${i}`, d])),
    },
  };
}

/**
 * `restart(settings)` stops the host and starts it again on the same database with these settings added; resolves
 * to whether it answers /healthz.
 */
export async function attestationCampaign({ session, connector, graph, check, say, restart, bot }) {
  const reminder = reminderSoon(new Date(), 90);
  const restarted = await restart(reminder.settings);
  check(`the host restarts with Attestation:ReminderTime ${reminder.settings.Attestation__ReminderTime} UTC, every day a business day`, '200 from /healthz', restarted ? '200' : 'no answer', restarted);
  if (!restarted) return;
  const reminderAt = reminder.at;
  const lead = people.lead;
  const alex = people.alex;
  const group = pilotGroup();
  const members = group.members;
  const due = new Date(reminderAt.getTime() + 86400000).toISOString().slice(0, 10); // tomorrow: today is 1 business day before
  say(`\n[13] policy attestation: ${lead.displayName} asks "${group.displayName}" (${members.length} people, ${members.filter((m) => m.installsBot === false).length} never opened SecurityBot) to accept the acceptable-use policy by ${due}`);
  await quiet(connector, 2000, STEP_MS);
  // A person's 1:1 chats: every personal conversation the Teams client opened as them (Alex has several: [1], [5],
  // [6]; the bot answers in the latest), or one the bot created or got through a per-user installation.
  const chatOf = (person, since = 0) => connector.activities.filter((a) => a.at >= since && a.operation !== 'createConversation'
    && (a.conversationId === session.conversationOf(person)?.id || a.conversationId.startsWith(`a:1sim-personal-${person.id}-`)
      || connector.createdWith(a.conversationId) === person.teamsId));
  const asks = (person, since = 0) => chatOf(person, since).filter((a) => POSTS.includes(a.operation) && findAction(a.activity?.attachments, 'attest.accept'));

  // The form, as the lead sees it: the policy is chosen from its choices, not typed from our code.
  const typedAt = Date.now();
  const typed = await session.type(lead, 'policy campaign');
  const form = typed.replies.find((r) => findChoices(r?.attachments, 'policy'));
  // The message holding the form: "Next" and "Send" are pressed on it, as in Teams (the card is replaced in place).
  const formMessage = session.inConversation(session.conversationOf(lead).id, typedAt).find((a) => findChoices(a.activity?.attachments, 'policy'));
  const choice = findChoices(form?.attachments, 'policy')?.find((c) => /acceptable use/i.test(c.title));
  check(`"policy campaign" typed by the security lead answers with the campaign card offering the acceptable-use policy`, 'a card with a policy choice "Acceptable Use…"',
    form ? `${choice ? `choice "${choice.title}" = ${choice.value}` : 'no acceptable-use choice'}` : `${typed.status}, no form (${typed.replies.map((r) => shownText(r).slice(0, 60)).join(' | ')})`, !!choice);
  if (!choice) return;
  const version = /version ([^)\s]+)/i.exec(choice.title)?.[1];

  const preview = await session.invoke(lead, 'attest.preview', { policy: choice.value, audienceKind: 'group', audienceValue: group.id, due, message: 'Please read this before the audit.' }, formMessage?.id);
  const confirm = JSON.stringify(preview.body ?? '');
  const send = findAction(preview.body, 'attest.send');
  check(`"Next" counts the group through Graph (nested group, ${members.length + 1} objects in pages of 20) and asks to confirm ${members.length} people`, `200, a card saying ${members.length} people and a Send button`,
    `${preview.status}, ${/\b30 people\b/.test(confirm) ? '30 people' : `not 30: ${confirm.slice(0, 160)}`}${send ? ', Send' : ', no Send'}`, preview.status === 200 && /\b30 people\b/.test(confirm) && !!send);
  if (!send) return;
  const sentAt = Date.now();
  const started = await session.invoke(lead, 'attest.send', send, formMessage?.id);
  check('"Send" starts the campaign', '200', `${started.status}`, started.status === 200);

  await waitFor(() => members.every((m) => asks(m, sentAt).length > 0), STEP_MS, 200);
  await quiet(connector, 3000, STEP_MS);
  const counts = members.map((m) => asks(m, sentAt).length);
  const wrong = members.filter((m, i) => counts[i] !== 1).map((m) => `${m.displayName}: ${asks(m, sentAt).length}`);
  check(`every one of the ${members.length} members gets exactly one card with "I have read and accept"`, `${members.length} × 1`,
    `${counts.filter((c) => c === 1).length} × 1${wrong.length ? `; ${wrong.slice(0, 5).join(', ')}` : ''}`, wrong.length === 0);
  const joiners = members.filter((m) => m.installsBot === false);
  const installedFor = (j) => graph.teams.operations.some((o) => o.op === 'installForUser' && o.userId === j.id && o.status === 201);
  const installed = joiners.filter((j) => installedFor(j) && asks(j, sentAt).length === 1);
  check('the members who never opened SecurityBot get it in the 1:1 chat of an installation the bot made through Graph', `${joiners.length} installed (POST /users/{id}/teamwork/installedApps 201) and reached`,
    `${installed.length} (${graph.teams.operations.filter((o) => o.op === 'installForUser').map((o) => o.status).join(', ') || 'no'} per-user installation calls)`, installed.length === joiners.length);
  const outsiders = connector.activities.filter((a) => a.at >= sentAt && POSTS.includes(a.operation) && findAction(a.activity?.attachments, 'attest.accept')
    && !members.some((m) => chatOf(m, sentAt).includes(a)));
  check('nobody outside the group gets the card', '0', `${outsiders.length}`, outsiders.length === 0);

  // Alex accepts with his own card's button; the lead's progress card (the confirmation "Send" was pressed on, which
  // says it becomes the progress card) is edited.
  const progress = formMessage ? { conversationId: session.conversationOf(lead).id, id: formMessage.id } : undefined;
  const alexCard = asks(alex, sentAt)[0];
  const acceptAt = Date.now();
  const accepted = await session.invoke(alex, 'attest.accept', findAction(alexCard?.activity?.attachments, 'attest.accept'));
  const receipt = JSON.stringify(accepted.body ?? '').toLowerCase();
  check(`${alex.displayName} presses "I have read and accept" → a receipt naming the version`, `200, "accepted" and version ${version}`,
    `${accepted.status}, ${receipt.includes('accepted') ? 'accepted' : 'no receipt'}${version && receipt.includes(version.toLowerCase()) ? `, version ${version}` : ', no version'}`,
    accepted.status === 200 && receipt.includes('accepted') && !!version && receipt.includes(version.toLowerCase()));
  const edited = () => connector.activities.filter((a) => a.operation === 'updateActivity' && a.at >= acceptAt && progress && a.conversationId === progress.conversationId && a.activityId === progress.id);
  await waitFor(() => edited().some((a) => /1 of 30 accepted/.test(shownText(a.activity))), STEP_MS, 200);
  check(`the lead's progress card is edited in place to "1 of 30 accepted"`, `PUT of the progress card (${progress ? 'sent' : 'not sent'}) showing "1 of 30 accepted"`,
    progress ? `${edited().length} edit(s): ${edited().map((a) => /(\d+ of \d+ accepted)/.exec(shownText(a.activity))?.[1] ?? '?').join(', ') || 'none'}` : 'no progress card in the lead\'s chat', edited().some((a) => /1 of 30 accepted/.test(shownText(a.activity))));

  // The reminder time (configured to fall now): everyone still pending gets one reminder, Alex none.
  const waitMs = reminderAt.getTime() - Date.now();
  say(`        · waiting ${Math.max(0, Math.round(waitMs / 1000))} s for the organisation's reminder time (${reminderAt.toISOString().slice(11, 19)} UTC)`);
  if (waitMs > 0) await delay(waitMs);
  const pending = members.filter((m) => m.id !== alex.id);
  const reminded = (m) => asks(m, reminderAt.getTime()).filter((a) => /remind|overdue|due today/.test(shownText(a.activity)));
  // A reminder run is a durable timer, then one outbox send per person within Teams' limits: on a busy machine the
  // 29 cards can take longer than one step to go out, so the wait is up to three steps (each person still gets ONE).
  await waitFor(() => pending.every((m) => reminded(m).length > 0), 3 * STEP_MS, 200);
  await quiet(connector, 3000, STEP_MS);
  const notReminded = pending.filter((m) => reminded(m).length !== 1);
  check(`at the reminder time each of the ${pending.length} still pending gets one reminder card`, `${pending.length} × 1`,
    `${pending.length - notReminded.length} × 1${notReminded.length ? `; ${notReminded.slice(0, 4).map((m) => `${m.displayName}: ${reminded(m).length}`).join(', ')}` : ''}`, notReminded.length === 0);
  if (notReminded.length && bot) {
    // What the bot said about its reminder run, its timers and its outbox: enough to tell a late timer from a slow send.
    const told = bot().log().filter((l) => /Campaign \d+|attest\.|Timer|Outbox|"LogLevel":"(Warning|Error)"/.test(l)).slice(-12);
    told.forEach((l) => say(`        · bot: ${l.slice(0, 300)}`));
  }
  check(`${alex.displayName}, who accepted, gets no reminder`, '0', `${asks(alex, reminderAt.getTime()).length}`, asks(alex, reminderAt.getTime()).length === 0);

  // The export: typed by the lead, it comes as a file offered in the lead's own 1:1 chat (Teams' file consent card);
  // the lead allows it, Teams hands the bot a OneDrive upload session, and the CSV the bot uploads there must list
  // who accepted which version. Alex accepted 3.0; the others are still pending.
  const exportAt = Date.now();
  const exported = await session.type(lead, 'policy campaign export');
  const consentType = 'application/vnd.microsoft.teams.card.file.consent';
  const consents = () => chatOf(lead, exportAt).filter((a) => POSTS.includes(a.operation) && (a.activity?.attachments ?? []).some((x) => x.contentType === consentType));
  await waitFor(() => consents().length > 0, STEP_MS, 200);
  const offer = consents()[0]?.activity.attachments.find((x) => x.contentType === consentType);
  const elsewhere = connector.activities.filter((a) => a.at >= exportAt && (a.activity?.attachments ?? []).some((x) => x.contentType === consentType) && !chatOf(lead, exportAt).includes(a));
  check('"policy campaign export" offers the CSV as a file in the lead\'s own 1:1 chat, nowhere else', 'one file consent card to the lead, 0 elsewhere',
    offer ? `${consents().length} to the lead ("${String(offer.name ?? '')}", ${offer.content?.sizeInBytes ?? '?'} bytes), ${elsewhere.length} elsewhere`
      : `no file consent card (${exported.replies.map((r) => shownText(r).replace(/\s+/g, ' ').slice(0, 120)).join(' | ') || 'no reply'})`,
    !!offer && consents().length === 1 && elsewhere.length === 0);
  if (!offer) return;
  const { uploadInfo, session: upload } = graph.uploadSession(offer.name || 'export.csv');
  const allowed = await session.fileConsent(lead, { type: 'fileUpload', action: 'accept', context: offer.content?.acceptContext, uploadInfo });
  const csv = upload.text ?? '';
  const alexRows = csv.split(/\r?\n/).filter((l) => l.includes(alex.displayName));
  check(`"Allow" uploads the CSV to the lead's OneDrive, and it lists ${alex.displayName} as having accepted version ${version}`,
    `200, ${members.length} people, ${alex.displayName} accepted ${version}`,
    `${allowed.status}, ${upload.puts.length} PUT(s), ${csv ? `${csv.split(/\r?\n/).filter((l) => l.trim()).length - 1} rows` : 'nothing uploaded'}; ${alexRows.join(' | ').slice(0, 200) || `${alex.displayName} not listed`}`,
    allowed.status === 200 && csv.split(/\r?\n/).filter((l) => l.trim()).length - 1 === members.length
      && alexRows.some((l) => l.includes(`,${version},`) && /,accepted,/.test(l)));
  const pendingRows = csv.split(/\r?\n/).filter((l) => pending.some((m) => l.includes(m.displayName)) && /,(pending|overdue),/.test(l));
  check('the other members are listed as still to accept', `${pending.length} pending`, `${pendingRows.length} pending`, pendingRows.length === pending.length);
}


/** The choices of the Input.ChoiceSet with this id anywhere in the attachments. */
function findChoices(node, id) {
  if (Array.isArray(node)) return node.map((n) => findChoices(n, id)).find(Boolean);
  if (!node || typeof node !== 'object') return undefined;
  if (node.type === 'Input.ChoiceSet' && node.id === id) return node.choices;
  return Object.values(node).map((v) => findChoices(v, id)).find(Boolean);
}
