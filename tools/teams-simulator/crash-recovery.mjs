// Issue 14's "after kill -9 mid fan-out every recipient has exactly one message within 15 s of the restart":
// a Critical (ransomware) report fans out to ~43 people; the connector stops answering after a few sends; the host
// is SIGKILLed while sends are in flight, restarted on the same database, and every recipient's 1:1 chat is counted.
import { delay, waitFor } from './net.mjs';
import { criticalIncidentRecipients, people } from './organisation.mjs';
import { answerText, quiet } from './org-session.mjs';
import { shownText } from './teams-client.mjs';

const SENDS_BEFORE_HOLD = 10;
const RECOVERY_LIMIT_MS = 15000;
const QUIET_MS = 3000;

export async function killMidFanOut({ session, connector, check, say, bot, restart }) {
  const reporter = people.alex;
  const recipients = criticalIncidentRecipients(reporter);
  say(`\n[11] kill -9 mid fan-out: ${reporter.displayName} reports ransomware (Critical) → ${recipients.length} recipients by the documented routing`);
  // Whatever earlier scenarios queued is delivered first, so the hold counts this fan-out's sends only.
  await quiet(connector, 2000, 20000);
  connector.holdAfter(SENDS_BEFORE_HOLD);
  const report = await session.invoke(reporter, 'incident.submit', {
    category: 'ransomware',
    description: 'Files on the engineering share are renamed .locked and a ransom note asks for bitcoin',
    occurredOn: new Date().toISOString().slice(0, 10),
    affectedSystem: 'engineering file share',
    evidence: '',
    clicked: 'true',
  });
  const incident = /INC-\d{6}/.exec(answerText(report.body).toUpperCase())?.[0];
  const held = await waitFor(() => connector.held() > 0, 20000);
  await delay(300); // the sends Teams answered get their "delivered" commit; the held ones stay in flight
  const delivered = (person) => incident ? session.oneToOne(person).filter((a) => a.operation !== 'updateActivity' && shownText(a.activity).includes(incident.toLowerCase())) : [];
  const before = recipients.filter((p) => delivered(p).length > 0).length;
  check('the report is accepted and the fan-out is interrupted mid-way', `${incident ?? 'INC-…'} created, connector holding sends, 0 < delivered < ${recipients.length}`,
    `${report.status} ${incident ?? 'no INC number'}, ${connector.held()} held, ${before} delivered`, !!incident && !!held && before > 0 && before < recipients.length);

  await bot().kill();
  const killedAt = Date.now();
  say(`        · SIGKILL sent to the host with ${connector.held()} sends in flight; ${before} of ${recipients.length} delivered`);
  connector.release();
  const restartedAt = Date.now();
  const healthy = await restart();
  const upAt = Date.now();
  check('the host restarts on the same database', '/healthz 200', healthy ? `200 after ${seconds(upAt - restartedAt)}` : 'no answer', healthy);
  if (!healthy || !incident) return;
  say(`        · restarted ${seconds(restartedAt - killedAt)} after the kill, healthy ${seconds(upAt - restartedAt)} later; counting from healthy`);

  const everyone = () => recipients.every((p) => delivered(p).length > 0);
  await waitFor(everyone, RECOVERY_LIMIT_MS, 200);
  const checkedAt = Date.now();
  if (everyone()) await delay(QUIET_MS); // a second copy would arrive right after the first
  const counts = recipients.map((p) => ({ person: p, messages: delivered(p) }));
  const missing = counts.filter((c) => c.messages.length === 0);
  const doubled = counts.filter((c) => c.messages.length > 1);
  const arrivals = counts.flatMap((c) => c.messages.map((m) => m.at)).filter((at) => at > killedAt);
  const lastArrival = Math.max(...counts.flatMap((c) => c.messages.map((m) => m.at)));
  const firstAfter = arrivals.length ? `first after ${seconds(Math.min(...arrivals) - upAt)}, ` : 'none after the kill, ';
  const recovered = missing.length === 0 && lastArrival - upAt <= RECOVERY_LIMIT_MS;
  say(`        · measured from the restarted host being up: ${firstAfter}${missing.length === 0 ? `the last recipient reached after ${seconds(lastArrival - upAt)} (${seconds(lastArrival - killedAt)} after the kill)`
    : `${missing.length} still unreached after ${seconds(checkedAt - upAt)} (stopped waiting)`}`);
  check('no recipient got the incident twice', '0 recipients with more than one message', `${doubled.length}${doubled.length ? `: ${doubled.map((c) => `${c.person.displayName} ×${c.messages.length}`).join(', ')}` : ''}`, doubled.length === 0);
  check(`every recipient has exactly one message within ${RECOVERY_LIMIT_MS / 1000} s of the restart`,
    `${recipients.length} of ${recipients.length}, the last ≤ ${RECOVERY_LIMIT_MS / 1000} s after the host is up`,
    `${counts.filter((c) => c.messages.length === 1).length} of ${recipients.length}${missing.length ? `; ${missing.length} with none ${seconds(checkedAt - upAt)} after the restart (${missing.slice(0, 4).map((c) => c.person.displayName).join(', ')}${missing.length > 4 ? ', …' : ''})`
      : `; the last ${seconds(lastArrival - upAt)} after the restart`}`,
    recovered && doubled.length === 0);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
