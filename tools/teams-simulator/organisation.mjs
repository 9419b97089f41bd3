// The simulated organisation the Graph fake serves: a small company (CEO, CSO, CFO, CTO, managers, ordinary
// employees, a contractor with no manager) plus a 40-person security team, so an incident really fans out.
// Ids are Entra-style object ids (GUIDs); the roles the bot is configured with are these ids.
const id = (n) => `5e0c0000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const person = (n, displayName, jobTitle, department, managerNumber) => {
  const alias = displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.');
  return {
    id: id(n),
    teamsId: `29:1sim-${alias}`,
    userPrincipalName: `${alias}@contoso.example`,
    mail: `${alias}@contoso.example`,
    displayName,
    jobTitle,
    department,
    managerId: managerNumber ? id(managerNumber) : undefined,
  };
};

const named = [
  person(1, 'Nadia Okafor', 'Chief Executive Officer', 'Executive'),
  person(2, 'Priya Raman', 'Chief Security Officer', 'Security', 1),
  person(3, 'Henrik Sorensen', 'Chief Financial Officer', 'Finance', 1),
  person(4, 'Rahul Mehta', 'Chief Technology Officer', 'Engineering', 1),
  person(5, 'Tomas Herrera', 'Head of Security Operations', 'Security', 2),
  person(6, 'Megan Bowen', 'Engineering Manager', 'Engineering', 4),
  person(7, 'Alex Wilber', 'Software Engineer', 'Engineering', 6),
  person(8, 'Isaiah Langer', 'Software Engineer', 'Engineering', 6),
  person(9, 'Adele Vance', 'Finance Manager', 'Finance', 3),
  person(10, 'Oliver Grant', 'Accountant', 'Finance', 9),
  person(11, 'Samir Haddad', 'IT Operations Lead', 'IT', 4),
  person(12, 'Ben Carter', 'External Penetration Tester', 'Contractors'),
  person(13, 'Grace Liu', 'Corporate Counsel', 'Legal', 1),
  person(14, 'Daniel Weiss', 'Data Protection Officer', 'Legal', 13),
  person(15, 'Sofia Costa', 'Privacy Analyst', 'Legal', 14),
];
const analystNames = ['Jin Park', 'Amara Nwosu', 'Lena Fischer'];
const analysts = Array.from({ length: 39 }, (_, i) =>
  person(100 + i, analystNames[i] ?? `Security Analyst ${String(i + 1).padStart(2, '0')}`, 'Security Analyst', 'Security', 5));

// Issue 18: people who joined this week and have never opened Teams' SecurityBot app (they do not install it in [8]):
// the bot can reach them only by installing itself for them through Graph.
const joiners = Array.from({ length: 10 }, (_, i) =>
  ({ ...person(200 + i, `New Joiner ${String(i + 1).padStart(2, '0')}`, 'Sales Associate', 'Sales', 6), installsBot: false }));

const users = [...named, ...analysts, ...joiners];
const byName = (name) => users.find((u) => u.displayName === name);

export const TENANT_ID = '5e0c7e4a-0000-4000-8000-00000000c0de';

export const people = {
  ceo: byName('Nadia Okafor'),
  cso: byName('Priya Raman'),
  cfo: byName('Henrik Sorensen'),
  lead: byName('Tomas Herrera'),
  manager: byName('Megan Bowen'),
  alex: byName('Alex Wilber'),
  isaiah: byName('Isaiah Langer'),
  financeManager: byName('Adele Vance'),
  oliver: byName('Oliver Grant'),
  samir: byName('Samir Haddad'),
  contractor: byName('Ben Carter'),
  lawyer: byName('Grace Liu'),
  dpo: byName('Daniel Weiss'),
  privacyAnalyst: byName('Sofia Costa'),
  analysts,
  joiners,
};

const securityTeam = { id: '5e0c6000-0000-4000-8000-000000000001', displayName: 'Security Team', members: [people.lead.id, ...analysts.map((a) => a.id)] };
const responders = { id: '5e0c6000-0000-4000-8000-000000000002', displayName: 'Incident Responders', members: [securityTeam.id, people.samir.id] };
const riskApprovers = { id: '5e0c6000-0000-4000-8000-000000000003', displayName: 'Risk Approvers', members: [people.cso.id, people.cfo.id] };

// The crisis roster (issue 17) by Entra group, and the executives who receive stakeholder updates.
const legal = { id: '5e0c6000-0000-4000-8000-000000000004', displayName: 'Legal', members: [people.lawyer.id, people.dpo.id] };
const privacy = { id: '5e0c6000-0000-4000-8000-000000000005', displayName: 'Privacy', members: [people.dpo.id, people.privacyAnalyst.id] };
const executives = { id: '5e0c6000-0000-4000-8000-000000000006', displayName: 'Executives', members: [people.ceo.id, people.cfo.id] };

// Issue 18: the acceptable-use pilot, 30 people: six named, a nested group of 14 analysts (Alex listed there again) and
// the 10 joiners. Graph lists 31 objects (30 users and the nested group) in pages of 20.
const pilotAnalysts = { id: '5e0c6000-0000-4000-8000-000000000008', displayName: 'Pilot analysts', members: [...analysts.slice(20, 34).map((a) => a.id), people.alex.id] };
const pilot = {
  id: '5e0c6000-0000-4000-8000-000000000007',
  displayName: 'Acceptable use pilot',
  members: [people.manager.id, people.alex.id, people.isaiah.id, people.financeManager.id, people.oliver.id, people.samir.id, pilotAnalysts.id, ...joiners.map((j) => j.id)],
};

export const organisation = { tenantId: TENANT_ID, users, groups: [securityTeam, responders, riskApprovers, legal, privacy, executives, pilot, pilotAnalysts] };

/** The bot's Roles settings (docs/directory.md), as environment variables. */
export const roleSettings = {
  Roles__SecurityTeamGroupId: securityTeam.id,
  Roles__IncidentRespondersGroupId: responders.id,
  Roles__RiskApproversGroupId: riskApprovers.id,
  Roles__CsoUserId: people.cso.id,
  Roles__SecurityLeadUserId: people.lead.id,
};

/** The crisis room's settings (issue 17): roster groups and the executive distribution, as environment variables. */
export const crisisSettings = {
  Crisis__Roster__Legal: legal.id,
  Crisis__Roster__Privacy: privacy.id,
  Crisis__ExecutiveGroupId: executives.id,
};

/** Users of a group, following nested groups (what Graph's transitiveMembers returns, minus the groups). */
export function transitiveUsers(groupId, seen = new Set()) {
  const group = organisation.groups.find((g) => g.id === groupId);
  if (!group || seen.has(groupId)) return [];
  seen.add(groupId);
  return group.members.flatMap((m) => (organisation.groups.some((g) => g.id === m) ? transitiveUsers(m, seen) : users.filter((u) => u.id === m)));
}

export const securityTeamMembers = () => transitiveUsers(securityTeam.id);
export const crisisRoster = () => [...new Map([...transitiveUsers(legal.id), ...transitiveUsers(privacy.id)].map((u) => [u.id, u])).values()];
export const executiveMembers = () => transitiveUsers(executives.id);
export const pilotGroup = () => ({ id: pilot.id, displayName: pilot.displayName, members: [...new Map(transitiveUsers(pilot.id).map((u) => [u.id, u])).values()] });

/**
 * Who docs/directory.md's default routing (Routing:*FromSeverity) says hears of a Critical incident: every security
 * team member, the incident responders, the security lead, the CSO and the reporter's manager — never the reporter.
 */
export function criticalIncidentRecipients(reporter) {
  const all = [...transitiveUsers(securityTeam.id), ...transitiveUsers(responders.id), people.lead, people.cso, users.find((u) => u.id === reporter.managerId)];
  const unique = new Map(all.filter(Boolean).map((u) => [u.id, u]));
  unique.delete(reporter.id);
  return [...unique.values()];
}
