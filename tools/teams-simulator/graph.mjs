// Microsoft Graph v1.0 as the bot's directory reads it, for the simulated organisation: users, a user's manager,
// a group's transitive members, and a user list with a simple $filter. Written from the Graph v1.0 REST reference
// (user, directoryObject, group: List transitiveMembers, paging with @odata.nextLink, error responses), not from
// SecurityBot's code or its C# fakes. Every call needs a bearer the simulator's issuer signed for this Graph host.
import { randomUUID } from 'node:crypto';
import { graphChats } from './graph-chats.mjs';
import { sendJson, startHttps } from './net.mjs';

// Graph may return fewer items than $top; this fake pages at 20 so a caller has to follow @odata.nextLink.
const PAGE_LIMIT = 20;
const USER_PROPERTIES = ['id', 'userPrincipalName', 'displayName', 'jobTitle', 'department', 'mail'];

/**
 * `organisation` = {users, groups}; `verifyBearer(header, audience)` → {ok, reason}. The token audience is the
 * Graph origin (what the bot's default scope "<base URL host>/.default" asks for).
 */
export async function startGraph({ tls, organisation, verifyBearer, log, app }) {
  const stats = { calls: 0, refused: [], unknown: [], byRoute: {} };
  // Upload sessions handed out for file consent cards: id → {name, puts, text}.
  const uploads = new Map();
  let origin = '';
  // Teams chats and app installations (graph-chats.mjs); `app` = {catalogId, botAppId}.
  const teams = graphChats({ organisation, app, fail: error, log });

  const server = await startHttps(tls, (req, body, res) => {
    const url = new URL(req.url, 'https://graph.invalid');
    const segments = url.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
    // OneDrive's upload session URLs are pre-authorised (no bearer): the person's "Allow" on a file consent card
    // hands the bot one (uploadSession below); the bytes PUT there are kept for the simulator to read.
    if (segments[0] === 'sim-upload' && segments.length === 2) {
      return receiveUpload(req, segments[1], body, res);
    }
    stats.calls++;
    const auth = verifyBearer(req.headers.authorization, origin);
    if (!auth.ok) {
      stats.refused.push(`${req.method} ${url.pathname}: ${auth.reason}`);
      log(`graph: refused ${req.method} ${url.pathname}: ${auth.reason}`);
      return error(res, 401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
    }
    if (segments[0] !== 'v1.0') {
      return unknownCall(res, req.method, url.pathname);
    }
    const count = (route) => (stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1);
    if (teams.handle({ method: req.method, segments, url, body, res, count })) return undefined;
    if (req.method !== 'GET') {
      return unknownCall(res, req.method, url.pathname);
    }
    const [, collection, key, navigation] = segments;
    const select = url.searchParams.get('$select')?.split(',');

    if (collection === 'users' && key === undefined) {
      count('GET /users?$filter');
      return listUsers(res, url, select);
    }
    if (collection === 'users' && segments.length === 3) {
      count('GET /users/{id}');
      const user = findUser(key);
      return user ? sendJson(res, 200, { '@odata.context': `${origin}/v1.0/$metadata#users/$entity`, ...project(user, select) }) : notFound(res, key);
    }
    if (collection === 'users' && navigation === 'manager' && segments.length === 4) {
      count('GET /users/{id}/manager');
      const user = findUser(key);
      const manager = user?.managerId && organisation.users.find((u) => u.id === user.managerId);
      // Graph: 404 Request_ResourceNotFound both for "no such user" and "this user has no manager".
      return manager
        ? sendJson(res, 200, { '@odata.context': `${origin}/v1.0/$metadata#directoryObjects/$entity`, '@odata.type': '#microsoft.graph.user', ...project(manager, select) })
        : notFound(res, user ? 'manager' : key);
    }
    if (collection === 'users' && navigation === 'mailboxSettings' && segments.length === 4) {
      // Graph v1.0 mailboxSettings: the user's mailbox time zone, by default a Windows zone name ("Pacific Standard
      // Time"); $select=timeZone returns only it. 404 for a user who does not exist.
      count('GET /users/{id}/mailboxSettings');
      const user = findUser(key);
      if (!user) return notFound(res, key);
      const settings = { timeZone: user.mailboxTimeZone ?? 'UTC', language: { locale: 'en-US', displayName: 'English (United States)' }, dateFormat: 'M/d/yyyy', timeFormat: 'h:mm tt' };
      const fields = select?.length ? select.filter((f) => f in settings) : Object.keys(settings);
      return sendJson(res, 200, { '@odata.context': `${origin}/v1.0/$metadata#users('${user.id}')/mailboxSettings`, ...Object.fromEntries(fields.map((f) => [f, settings[f]])) });
    }
    if (collection === 'groups' && navigation === 'transitiveMembers' && segments.length === 4) {
      count('GET /groups/{id}/transitiveMembers');
      return transitiveMembers(res, key, url, select);
    }
    return unknownCall(res, req.method, url.pathname);
  });
  origin = server.origin;
  teams.setOrigin(origin);

  function receiveUpload(req, id, body, res) {
    const session = uploads.get(id);
    if (!session || req.method !== 'PUT') return error(res, 404, 'itemNotFound', 'The upload session does not exist or has expired.');
    // One PUT of the whole file (the bot's files are far below OneDrive's 60 MiB single-request limit).
    session.puts.push({ contentRange: req.headers['content-range'] ?? null, contentLength: Number(req.headers['content-length'] ?? -1) });
    session.text = body;
    return sendJson(res, 201, { id: `sim-item-${id}`, name: session.name, size: Buffer.byteLength(body), file: {} });
  }

  function findUser(key) {
    const k = key.toLowerCase();
    return organisation.users.find((u) => u.id.toLowerCase() === k || u.userPrincipalName.toLowerCase() === k);
  }

  function project(user, select) {
    const fields = select?.length ? select.filter((f) => USER_PROPERTIES.includes(f)) : USER_PROPERTIES;
    return Object.fromEntries(fields.map((f) => [f, user[f] ?? null]));
  }

  /** Users, then nested groups, of a group and its subgroups (directoryObjects with their @odata.type), paged. */
  function transitiveMembers(res, groupId, url, select) {
    const group = organisation.groups.find((g) => g.id.toLowerCase() === groupId.toLowerCase());
    if (!group) return notFound(res, groupId);
    const objects = [];
    const seen = new Set();
    const walk = (g) => {
      for (const member of g.members) {
        if (seen.has(member)) continue;
        seen.add(member);
        const nested = organisation.groups.find((x) => x.id === member);
        if (nested) {
          objects.push({ '@odata.type': '#microsoft.graph.group', id: nested.id, displayName: nested.displayName });
          walk(nested);
        } else {
          const user = organisation.users.find((u) => u.id === member);
          if (user) objects.push({ '@odata.type': '#microsoft.graph.user', ...project(user, select) });
        }
      }
    };
    walk(group);
    const top = Math.min(Number(url.searchParams.get('$top') ?? 100) || 100, 999, PAGE_LIMIT);
    const skip = Number(url.searchParams.get('$skiptoken') ?? 0) || 0;
    const page = objects.slice(skip, skip + top);
    const body = { '@odata.context': `${origin}/v1.0/$metadata#directoryObjects`, value: page };
    if (skip + top < objects.length) {
      const next = new URL(url.pathname, origin);
      next.searchParams.set('$top', String(top));
      if (select) next.searchParams.set('$select', select.join(','));
      next.searchParams.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = next.toString();
    }
    return sendJson(res, 200, body);
  }

  /** /users?$filter=<property> eq '<value>' (userPrincipalName, mail, displayName, id); anything else is 400. */
  function listUsers(res, url, select) {
    const filter = url.searchParams.get('$filter');
    let users = organisation.users;
    if (filter) {
      const match = /^(userPrincipalName|mail|displayName|id) eq '((?:[^']|'')*)'$/.exec(filter.trim());
      if (!match) return error(res, 400, 'Request_UnsupportedQuery', 'Unsupported or invalid query filter clause specified.');
      const value = match[2].replace(/''/g, "'").toLowerCase();
      users = users.filter((u) => String(u[match[1]] ?? '').toLowerCase() === value);
    }
    return sendJson(res, 200, { '@odata.context': `${origin}/v1.0/$metadata#users`, value: users.map((u) => project(u, select)) });
  }

  function notFound(res, what) {
    return error(res, 404, 'Request_ResourceNotFound', `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`);
  }

  function unknownCall(res, method, path) {
    stats.unknown.push(`${method} ${path}`);
    log(`graph: unknown call ${method} ${path} → 400`);
    return error(res, 400, 'BadRequest', 'Unsupported request.');
  }

  /** A OneDrive upload session for `name`, as Teams puts it in a file consent's uploadInfo; `.text()` is what was uploaded. */
  const uploadSession = (name) => {
    const id = randomUUID();
    const session = { name, puts: [], text: null };
    uploads.set(id, session);
    return {
      uploadInfo: { name, uploadUrl: `${origin}/sim-upload/${id}`, contentUrl: `${origin}/sim-drive/${id}/${encodeURIComponent(name)}`, uniqueId: id, fileType: name.split('.').pop() },
      session,
    };
  };
  return { origin, baseUrl: `${origin}/v1.0`, stats, teams, uploadSession, close: server.close };
}

function error(res, status, code, message) {
  return sendJson(res, status, { error: { code, message, innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': randomUUID() } } });
}
