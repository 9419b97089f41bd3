// Microsoft Graph v1.0 Teams chats as an app (application permissions) uses them for a crisis room, and the per-user
// app installation that reaches people who never talked to the bot. Written from the Graph v1.0 reference pages
// "Create chat" (POST /chats), "List chats" (GET /users/{id}/chats: $filter, $top at most 50, $expand=members),
// "Add member to a chat" (POST /chats/{id}/members: 201 and a Location header), "Add app to chat"
// (POST /chats/{id}/installedApps: 201), "Install app for user" (POST /users/{id}/teamwork/installedApps: 201, 409
// when it is already installed), "List apps installed for user" ($expand=teamsApp, $filter=teamsApp/id eq '…') and
// "Get chat between user and app" (GET …/installedApps/{id}/chat) — not from SecurityBot's code or its C# fakes.
// The state is shared with the connector: a group chat is a conversation it knows, and it refuses the bot there
// until the bot's app is installed in it.
import { randomBytes } from 'node:crypto';
import { sendJson } from './net.mjs';

const LIST_DEFAULT_TOP = 20;
const LIST_MAX_TOP = 50; // "List chats": the maximum allowed $top value is 50

/**
 * `app` = {catalogId, botAppId}: the bot's app in the tenant's catalog (Directory:Graph:TeamsAppCatalogId) and its
 * Microsoft App id (1:1 chat ids are "19:<user id>_<app id>@unq.gbl.spaces"). `fail(res, status, code, message)`
 * answers with Graph's error shape.
 */
export function graphChats({ organisation, app, fail, log }) {
  const chats = new Map(); // chat id → {id, chatType, topic, members: Map(userId → roles), installed, createdAt, installedAt}
  const personal = new Map(); // user id → {installationId, chatId, at}: the bot installed for that person through Graph
  const operations = []; // every chat/installation call: {op, status, chatId, userId, at, detail}
  let origin = '';
  const record = (entry) => operations.push({ at: Date.now(), ...entry });

  const findUser = (key) => organisation.users.find((u) => u.id.toLowerCase() === String(key).toLowerCase()
    || u.userPrincipalName.toLowerCase() === String(key).toLowerCase());

  /** "https://<this Graph>/v1.0/users('<id>')" or ".../users/<id>" → the user, or a reason it is not one. */
  function boundUser(bind) {
    const match = /^(https:\/\/[^/]+)\/v1\.0\/users(?:\('([^']+)'\)|\/([^/?]+))$/.exec(String(bind ?? ''));
    if (!match) return { reason: `user@odata.bind '${bind}' is not a user URL` };
    if (match[1] !== origin) return { reason: `user@odata.bind '${bind}' names another service than this Graph (${origin})` };
    const user = findUser(decodeURIComponent(match[2] ?? match[3]));
    return user ? { user } : { reason: `user@odata.bind '${bind}': no such user` };
  }

  /** An aadUserConversationMember of a request body → {user, roles} or {reason}. */
  function member(body) {
    if (body?.['@odata.type'] !== '#microsoft.graph.aadUserConversationMember') return { reason: `member @odata.type '${body?.['@odata.type']}' is not #microsoft.graph.aadUserConversationMember` };
    const roles = body.roles ?? [];
    if (!Array.isArray(roles) || roles.some((r) => !['owner', 'guest'].includes(r))) return { reason: `member roles ${JSON.stringify(body.roles)} are not owner/guest` };
    const { user, reason } = boundUser(body['user@odata.bind']);
    return user ? { user, roles } : { reason };
  }

  const chatView = (chat, expandMembers) => ({
    id: chat.id,
    topic: chat.topic,
    createdDateTime: new Date(chat.createdAt).toISOString(),
    lastUpdatedDateTime: new Date(chat.createdAt).toISOString(),
    chatType: chat.chatType,
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0`,
    tenantId: organisation.tenantId,
    ...(expandMembers ? { members: [...chat.members].map(([userId, roles]) => memberView(chat, userId, roles)) } : {}),
  });
  const memberView = (chat, userId, roles) => {
    const user = findUser(userId);
    return { '@odata.type': '#microsoft.graph.aadUserConversationMember', id: Buffer.from(`${chat.id}#${userId}`).toString('base64'), roles, displayName: user?.displayName, userId, email: user?.mail, tenantId: organisation.tenantId };
  };

  function createChat(res, body) {
    const bad = (detail) => {
      record({ op: 'createChat', status: 400, detail });
      log(`graph: POST /chats refused: ${detail}`);
      return fail(res, 400, 'BadRequest', detail);
    };
    if (!['group', 'oneOnOne'].includes(body?.chatType)) return bad(`chatType '${body?.chatType}' is not group or oneOnOne`);
    if (!Array.isArray(body.members) || body.members.length < 2) return bad('members must list every participant (at least two)');
    if (body.chatType === 'oneOnOne' && (body.members.length !== 2 || body.topic)) return bad('a oneOnOne chat has exactly two members and no topic');
    const members = new Map();
    for (const m of body.members) {
      const parsed = member(m);
      if (parsed.reason) return bad(parsed.reason);
      members.set(parsed.user.id, parsed.roles);
    }
    if (members.size !== body.members.length) return bad('a member is listed twice');
    const id = `19:${randomBytes(16).toString('hex')}@thread.v2`;
    const chat = { id, chatType: body.chatType, topic: body.topic ?? null, members, installed: false, createdAt: Date.now() };
    chats.set(id, chat);
    record({ op: 'createChat', status: 201, chatId: id, detail: chat.topic });
    return sendJson(res, 201, { '@odata.context': `${origin}/v1.0/$metadata#chats/$entity`, ...chatView(chat, false) });
  }

  /** GET /users/{id}/chats: $filter on chatType and/or topic (eq, joined by "and"), $top ≤ 50, $expand=members. */
  function listChats(res, user, url) {
    const filter = url.searchParams.get('$filter');
    const clauses = [];
    if (filter) {
      for (const part of filter.split(/\s+and\s+/i)) {
        const match = /^(chatType|topic) eq '((?:[^']|'')*)'$/.exec(part.trim());
        if (!match) return fail(res, 400, 'BadRequest', `Unsupported filter clause '${part}'.`);
        clauses.push([match[1], match[2].replace(/''/g, "'")]);
      }
    }
    const top = url.searchParams.has('$top') ? Number(url.searchParams.get('$top')) : LIST_DEFAULT_TOP;
    if (!Number.isInteger(top) || top < 1 || top > LIST_MAX_TOP) return fail(res, 400, 'BadRequest', `$top must be between 1 and ${LIST_MAX_TOP}.`);
    const expand = url.searchParams.get('$expand');
    if (expand && expand !== 'members') return fail(res, 400, 'BadRequest', `Unsupported $expand '${expand}'.`);
    const mine = [...chats.values()].filter((c) => c.members.has(user.id) && clauses.every(([k, v]) => c[k] === v));
    const skip = Number(url.searchParams.get('$skiptoken') ?? 0) || 0;
    const body = { '@odata.context': `${origin}/v1.0/$metadata#chats`, '@odata.count': mine.length, value: mine.slice(skip, skip + top).map((c) => chatView(c, expand === 'members')) };
    if (skip + top < mine.length) {
      const next = new URL(url.pathname, origin);
      for (const [k, v] of url.searchParams) if (k !== '$skiptoken') next.searchParams.set(k, v);
      next.searchParams.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = next.toString();
    }
    record({ op: 'listChats', status: 200, userId: user.id, detail: filter ?? '' });
    return sendJson(res, 200, body);
  }

  /** "Add member to a chat" documents only 201 + Location; an existing member is answered the same (nothing changes). */
  function addMember(res, chat, body) {
    const parsed = member(body);
    if (parsed.reason) {
      record({ op: 'addMember', status: 400, chatId: chat.id, detail: parsed.reason });
      return fail(res, 400, 'BadRequest', parsed.reason);
    }
    const already = chat.members.has(parsed.user.id);
    if (!already) chat.members.set(parsed.user.id, parsed.roles);
    record({ op: 'addMember', status: 201, chatId: chat.id, userId: parsed.user.id, detail: already ? 'already a member' : 'added' });
    const view = memberView(chat, parsed.user.id, chat.members.get(parsed.user.id));
    res.setHeader('location', `${origin}/v1.0/chats('${chat.id}')/members('${view.id}')`);
    return sendJson(res, 201, { '@odata.context': `${origin}/v1.0/$metadata#chats('${encodeURIComponent(chat.id)}')/members/$entity`, ...view });
  }

  /** The catalog app a "teamsApp@odata.bind" names, if it is the bot's; else the reason. */
  function boundApp(body) {
    const bind = String(body?.['teamsApp@odata.bind'] ?? '');
    const match = /^(https:\/\/[^/]+)\/v1\.0\/appCatalogs\/teamsApps(?:\/([^/?]+)|\('([^']+)'\))$/.exec(bind);
    if (!match || match[1] !== origin) return { status: 400, reason: `teamsApp@odata.bind '${bind}' is not an app of this Graph's catalog` };
    return (match[2] ?? match[3]) === app.catalogId ? {} : { status: 404, reason: `no app '${match[2] ?? match[3]}' in the tenant's catalog` };
  }

  function installInChat(res, chat, body) {
    const { status, reason } = boundApp(body);
    if (reason) {
      record({ op: 'installInChat', status, chatId: chat.id, detail: reason });
      return fail(res, status, status === 404 ? 'NotFound' : 'BadRequest', reason);
    }
    if (chat.installed) {
      record({ op: 'installInChat', status: 409, chatId: chat.id, detail: 'already installed' });
      return fail(res, 409, 'Conflict', 'The app is already installed in this chat.');
    }
    chat.installed = true;
    chat.installedAt = Date.now();
    record({ op: 'installInChat', status: 201, chatId: chat.id });
    res.setHeader('content-length', '0');
    res.writeHead(201);
    return res.end();
  }

  function installForUser(res, user, body) {
    const { status, reason } = boundApp(body);
    if (reason) {
      record({ op: 'installForUser', status, userId: user.id, detail: reason });
      return fail(res, status, status === 404 ? 'NotFound' : 'BadRequest', reason);
    }
    if (personal.has(user.id)) {
      record({ op: 'installForUser', status: 409, userId: user.id, detail: 'already installed' });
      return fail(res, 409, 'Conflict', 'App is already installed for this user.');
    }
    const installation = { installationId: Buffer.from(`${user.id}##${app.catalogId}`).toString('base64'), chatId: `19:${user.id}_${app.botAppId}@unq.gbl.spaces`, at: Date.now() };
    personal.set(user.id, installation);
    chats.set(installation.chatId, { id: installation.chatId, chatType: 'oneOnOne', topic: null, members: new Map([[user.id, ['owner']]]), installed: true, createdAt: Date.now(), installedAt: Date.now(), user });
    record({ op: 'installForUser', status: 201, userId: user.id, chatId: installation.chatId });
    res.setHeader('content-length', '0');
    res.writeHead(201);
    return res.end();
  }

  function listInstalledForUser(res, user, url) {
    const filter = url.searchParams.get('$filter');
    const installation = personal.get(user.id);
    let value = installation ? [installation] : [];
    if (filter) {
      const match = /^teamsApp\/(id|externalId) eq '([^']*)'$/.exec(filter.trim());
      if (!match) return fail(res, 400, 'BadRequest', `Unsupported filter clause '${filter}'.`);
      value = value.filter(() => (match[1] === 'id' ? match[2] === app.catalogId : match[2] === app.botAppId));
    }
    const expand = (url.searchParams.get('$expand') ?? '').split(',').includes('teamsApp');
    record({ op: 'listInstalledForUser', status: 200, userId: user.id, detail: filter ?? '' });
    return sendJson(res, 200, {
      '@odata.context': `${origin}/v1.0/$metadata#users('${user.id}')/teamwork/installedApps`,
      value: value.map((i) => ({ id: i.installationId, ...(expand ? { teamsApp: { id: app.catalogId, externalId: app.botAppId, displayName: 'SecurityBot', distributionMethod: 'organization' } } : {}) })),
    });
  }

  function installationChat(res, user, installationId) {
    const installation = personal.get(user.id);
    if (!installation || installation.installationId !== installationId) {
      record({ op: 'getInstallationChat', status: 404, userId: user.id });
      return fail(res, 404, 'NotFound', 'The installation does not exist.');
    }
    record({ op: 'getInstallationChat', status: 200, userId: user.id, chatId: installation.chatId });
    return sendJson(res, 200, { '@odata.context': `${origin}/v1.0/$metadata#chats/$entity`, ...chatView(chats.get(installation.chatId), false) });
  }

  /** Handles the route if it is one of these (returns true), else returns false. `count(route)` tallies calls. */
  function handle({ method, segments, url, body, res, count }) {
    const found = route(method, segments, url, res);
    if (!found) return false;
    count(found.name);
    if (found.notFound) {
      record({ op: found.op ?? found.name, status: 404, chatId: found.chatId, detail: found.notFound });
      fail(res, 404, 'NotFound', found.notFound);
      return true;
    }
    let parsed;
    try {
      parsed = method === 'POST' && body ? JSON.parse(body) : undefined;
    } catch {
      record({ op: found.name, status: 400, detail: 'the body is not JSON' });
      fail(res, 400, 'BadRequest', 'The request body is not JSON.');
      return true;
    }
    found.run(parsed);
    return true;
  }

  /** {name, run(body)} for a route served here, {name, notFound} for one naming nothing, or undefined. */
  function route(method, segments, url, res) {
    const [, collection, key, navigation, item, installationId, leaf] = segments;
    if (collection === 'chats' && method === 'POST' && segments.length === 2) return { name: 'POST /chats', run: (b) => createChat(res, b) };
    if (collection === 'chats' && method === 'POST' && segments.length === 4 && ['members', 'installedApps'].includes(navigation)) {
      const name = `POST /chats/{id}/${navigation}`;
      const op = navigation === 'members' ? 'addMember' : 'installInChat';
      const chat = chats.get(key);
      if (!chat || chat.chatType !== 'group') return { name, op, chatId: key, notFound: `Chat '${key}' does not exist.` };
      return { name, run: (b) => (navigation === 'members' ? addMember : installInChat)(res, chat, b) };
    }
    if (collection !== 'users') return undefined;
    const user = findUser(key);
    const missing = `User '${key}' does not exist.`;
    if (navigation === 'chats' && method === 'GET' && segments.length === 4) {
      return user ? { name: 'GET /users/{id}/chats', run: () => listChats(res, user, url) } : { name: 'GET /users/{id}/chats', notFound: missing };
    }
    if (navigation !== 'teamwork' || item !== 'installedApps') return undefined;
    let name;
    let run;
    if (segments.length === 5 && method === 'POST') [name, run] = ['POST /users/{id}/teamwork/installedApps', (b) => installForUser(res, user, b)];
    else if (segments.length === 5 && method === 'GET') [name, run] = ['GET /users/{id}/teamwork/installedApps', () => listInstalledForUser(res, user, url)];
    else if (segments.length === 7 && method === 'GET' && leaf === 'chat') [name, run] = ['GET /users/{id}/teamwork/installedApps/{id}/chat', () => installationChat(res, user, installationId)];
    else return undefined;
    return user ? { name, run } : { name, notFound: missing };
  }

  return {
    handle,
    catalogId: app.catalogId,
    setOrigin: (value) => { origin = value; },
    chats,
    operations,
    /** The chat a conversation id names, if Graph made it (the connector's view: group chat or a user's 1:1). */
    chat: (id) => chats.get(id),
  };
}
