// Issue 20's "Done when", tried as people of the simulated organisation would: an employee whose Teams runs in Los
// Angeles reports an incident and reads the acknowledgement deadline in Pacific time, while an analyst whose Teams
// runs in Dublin reads the same deadline in Dublin time; and a risk card's refresh (what Teams asks when a forwarded
// or re-opened card is shown) gives buttons only to the current approver. The conversions are checked with Node's
// own time-zone data (Intl), not the bot's. An employee whose Teams runs in German gets German cards.
import { waitFor } from './net.mjs';
import { answerText } from './org-session.mjs';
import { people } from './organisation.mjs';
import { shownText } from './teams-client.mjs';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** [14] each person's own time zone, and the risk card's refresh per role. */
export async function perPerson({ session, check, say }) {
  const alex = { ...people.alex, timeZone: 'America/Los_Angeles', locale: 'en-US' };
  const lena = { ...people.analysts[2], timeZone: 'Europe/Dublin', locale: 'en-IE' };
  say(`\n[14] own time zones: ${alex.displayName}'s Teams runs in Los Angeles, ${lena.displayName}'s in Dublin`);
  await session.type(lena, 'help');
  const since = Date.now();
  const report = await session.invoke(alex, 'incident.submit', {
    category: 'lost-device',
    description: 'Left my work laptop on the Caltrain to San Francisco this morning',
    occurredOn: new Date().toISOString().slice(0, 10),
    affectedSystem: 'work laptop',
    evidence: '',
    clicked: 'false',
  });
  const confirmation = answerText(report.body);
  const incident = /inc-\d{6}/.exec(confirmation)?.[0];
  const pacific = /due by ([a-z]{3}) (\d{1,2}), (\d{4}), (\d{1,2}):(\d{2})\s?(am|pm) los angeles time/.exec(confirmation);
  check('the reporter in Los Angeles reads the acknowledgement deadline in Los Angeles time, not UTC', '"due by <Mon d, yyyy, h:mm AM> Los Angeles time", no "UTC"',
    pacific?.[0] ?? confirmation.slice(0, 300), report.status === 200 && !!pacific && !confirmation.includes('utc'));

  let triage;
  await waitFor(() => (triage = session.oneToOne(lena, since).find((a) => incident && shownText(a.activity).includes(incident))), 15000);
  const analystSees = triage ? shownText(triage.activity) : '';
  const dublin = /due by (\d{1,2}) ([a-z]{3}) (\d{4}), (\d{1,2}):(\d{2}) dublin time/.exec(analystSees);
  check('the analyst in Dublin gets the triage card with the deadline in Dublin time', '"due by <d Mon yyyy, HH:mm> Dublin time", no "UTC"',
    dublin?.[0] ?? (analystSees.slice(0, 300) || 'no triage card'), !!dublin && !analystSees.includes('utc'));
  if (pacific && dublin) {
    const hour12 = Number(pacific[4]) % 12 + (pacific[6] === 'pm' ? 12 : 0);
    const fromPacific = zonedToUtc(Number(pacific[3]), MONTHS.indexOf(pacific[1]), Number(pacific[2]), hour12, Number(pacific[5]), alex.timeZone);
    const fromDublin = zonedToUtc(Number(dublin[3]), MONTHS.indexOf(dublin[2]), Number(dublin[1]), Number(dublin[4]), Number(dublin[5]), lena.timeZone);
    check('both clocks name the same instant (converted with Node\'s own zone data)', 'equal UTC instants',
      `${new Date(fromPacific).toISOString()} and ${new Date(fromDublin).toISOString()}`, fromPacific === fromDublin);
  }

  await german({ session, check, say });
  await riskRefresh({ session, check, say, alex, lena });
}

/** [14c] an employee whose Teams runs in German: the report form, the confirmation and a policy answer in German. */
async function german({ session, check, say }) {
  const oliver = { ...people.oliver, timeZone: 'Europe/Berlin', locale: 'de-DE' };
  say(`\n[14c] own language: ${oliver.displayName}'s Teams runs in German (de-DE, Berlin)`);
  const form = await session.type(oliver, 'report');
  const formText = answerText(form.replies);
  check('the report form comes in German', '"Sicherheitsvorfall melden", "Meldung absenden", no "Report a security incident"',
    formText.slice(0, 200), formText.includes('sicherheitsvorfall melden') && formText.includes('meldung absenden') && !formText.includes('report a security incident'));
  const report = await session.invoke(oliver, 'incident.submit', {
    category: 'phishing',
    description: 'Eine E-Mail vom angeblichen IT-Support wollte mein Passwort',
    occurredOn: '',
    affectedSystem: '',
    evidence: '',
    clicked: 'false',
  });
  const confirmation = answerText(report.body);
  check('the confirmation is German, its deadline in Berlin time', '"Meldung erhalten", "fällig bis … Ortszeit Berlin"',
    /fällig bis [^)]*/.exec(confirmation)?.[0] ?? confirmation.slice(0, 200),
    report.status === 200 && confirmation.includes('meldung erhalten') && /fällig bis [^)]*ortszeit berlin/.test(confirmation));
  const policy = answerText((await session.type(oliver, 'policy can I use a USB stick')).replies);
  check('a policy answer speaks German around the policy text', '"Was die Richtlinien sagen"', policy.slice(0, 120), policy.includes('was die richtlinien sagen'));
}

/** A risk request's approval card: its refresh lists only the people with buttons, and a refresh answers per role. */
async function riskRefresh({ session, check, say, alex, lena }) {
  const manager = people.manager;
  say(`\n[14b] a risk card seen again (forwarded, another device): ${manager.displayName} approves stage 1; ${lena.displayName} (security team) and ${people.isaiah.displayName} (a colleague) only look`);
  const submitted = await session.invoke(alex, 'risk.request.submit', {
    title: 'Caltrain laptop kept without full-disk encryption until reimaging',
    asset: 'LAPTOP-ALEX-07',
    description: 'The replacement laptop arrives without BitLocker until IT reimages it next week.',
    likelihood: '2',
    impact: '3',
    controls: 'No customer data on the device; VPN only',
    justification: 'Alex needs a laptop for the release this week.',
    durationDays: '14',
  });
  const risk = /ra-\d{6}/.exec(answerText(submitted.body))?.[0]?.toUpperCase();
  let card;
  await waitFor(() => (card = risk && session.oneToOne(manager).map((a) => a.activity).find((a) => shownText(a).includes(risk.toLowerCase()) && a.attachments?.[0]?.content?.refresh)), 15000);
  const refresh = card?.attachments?.[0]?.content?.refresh;
  const listed = refresh?.userIds ?? [];
  check(`${risk ?? 'the request'}'s approval card refreshes for its approver and requester only (not the analyst, not a colleague)`, `userIds include ${manager.teamsId}, not ${lena.teamsId} or ${people.isaiah.teamsId}`,
    JSON.stringify(listed), listed.includes(manager.teamsId) && !listed.includes(lena.teamsId) && !listed.includes(people.isaiah.teamsId));
  if (!refresh) return;
  const verb = refresh.action?.verb;
  const data = refresh.action?.data;
  const asApprover = await session.invoke(manager, verb, data);
  const asAnalyst = await session.invoke(lena, verb, data);
  const asColleague = await session.invoke(people.isaiah, verb, data);
  const hasApprove = (answer) => answer.raw.includes('"risk.approve"');
  check('a refresh by the current approver answers with the decision buttons', '200, risk.approve present', `${asApprover.status}, ${hasApprove(asApprover) ? 'buttons' : 'no buttons'}`,
    asApprover.status === 200 && hasApprove(asApprover));
  check('a refresh by a security-team member answers read-only', '200, no risk.approve', `${asAnalyst.status}, ${hasApprove(asAnalyst) ? 'buttons' : 'no buttons'}`,
    asAnalyst.status === 200 && !hasApprove(asAnalyst));
  const leaked = ['caltrain', 'laptop-alex-07', alex.displayName.toLowerCase()].filter((w) => asColleague.raw.toLowerCase().includes(w));
  check('a refresh by a colleague who may not see the request reveals nothing', 'no buttons, no title, system or requester',
    `${asColleague.status}, ${hasApprove(asColleague) ? 'buttons' : 'no buttons'}, leaked: ${leaked.join(', ') || 'nothing'}`, !hasApprove(asColleague) && leaked.length === 0);
}

/** The UTC milliseconds of a wall-clock time in an IANA zone, from Node's zone data (two passes settle DST edges). */
function zonedToUtc(year, monthIndex, day, hour, minute, timeZone) {
  const wall = Date.UTC(year, monthIndex, day, hour, minute);
  let utc = wall - offsetAt(wall, timeZone);
  utc = wall - offsetAt(utc, timeZone);
  return utc;
}

function offsetAt(utcMs, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
  }).formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return asUtc - Math.floor(utcMs / 60000) * 60000;
}
