// The Bot Connector service (v3 REST API) as Teams hosts it: under a serviceUrl that has a path
// (https://smba.trafficmanager.net/amer/ in production), every call authorised by the bot's Entra bearer.
// Written from the Bot Connector REST API reference.
import { randomUUID } from 'node:crypto';
import { sendJson, startHttps } from './net.mjs';

/**
 * Starts a connector on its own HTTPS port. `verifyBearer(authorizationHeader)` → {ok, reason} decides whether a
 * call is authorised; `name` labels log lines (a second instance plays the attacker's endpoint). `graphChat(id)`
 * → the chat Microsoft Graph made with that id, if any (graph-chats.mjs): a group chat is a conversation this
 * connector knows, where the bot may post only once its app is installed in it; a user's 1:1 chat with the bot
 * (per-user installation) is that user's.
 */
export async function startConnector({ tls, pathPrefix = '/amer/', verifyBearer, log, name = 'connector', graphChat = () => undefined }) {
  const activities = []; // accepted activities, in arrival order
  const rejected = []; // calls refused for their bearer
  const unknown = []; // calls outside the v3 API this connector serves
  const requests = []; // every request, whatever happened to it
  const forbidden = []; // calls refused because the bot is not in the conversation (a Graph group chat without the app)
  const created = new Map(); // conversation id → the member a 1:1 conversation was created with (Teams id)
  // A connector that stops answering (an outage, a stalled TCP peer): after `hold.after` more sends, each further
  // send is neither processed nor answered — the message is not delivered — until release() or the caller hangs up.
  const hold = { after: Infinity, accepted: 0, held: [] };

  const server = await startHttps(tls, (req, body, res) => {
    const path = req.url.split('?')[0];
    requests.push(`${req.method} ${path}`);
    if (!path.startsWith(pathPrefix)) {
      unknown.push(`${req.method} ${path}`);
      log(`${name}: request outside the serviceUrl path: ${req.method} ${path} → 404`);
      return sendJson(res, 404, { error: { code: 'NotFound', message: 'Not under the service URL.' } });
    }
    const auth = verifyBearer(req.headers.authorization);
    if (!auth.ok) {
      rejected.push({ call: `${req.method} ${path}`, reason: auth.reason });
      log(`${name}: refused ${req.method} ${path}: ${auth.reason}`);
      return sendJson(res, 401, { error: { code: 'Unauthorized', message: 'Authorization has been denied for this request.' } });
    }
    const route = parse(req.method, path.slice(pathPrefix.length));
    if (!route) {
      unknown.push(`${req.method} ${path}`);
      log(`${name}: unknown v3 call ${req.method} ${path} → 404`);
      return sendJson(res, 404, { error: { code: 'NotFound', message: 'Unknown operation.' } });
    }
    let activity;
    try {
      activity = body ? JSON.parse(body) : undefined;
    } catch {
      return sendJson(res, 400, { error: { code: 'BadArgument', message: 'Body is not JSON.' } });
    }
    return handle(route, activity, res);
  });

  function handle(route, body, res) {
    const record = { ...route, activity: body, at: Date.now() };
    const chat = route.conversationId ? graphChat(route.conversationId) : undefined;
    if (chat && !chat.installed && route.operation !== 'getMember') {
      // As Teams answers a bot that is not a member of a group chat (Teams docs: proactive messaging error codes).
      forbidden.push(record);
      log(`${name}: 403 ${route.operation} to ${route.conversationId}: the bot's app is not installed in that chat`);
      return sendJson(res, 403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
    }
    switch (route.operation) {
      case 'createConversation': {
        const member = body?.members?.[0]?.id ?? 'unknown';
        const id = `a:1sim-${member.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40)}`;
        if (!body?.isGroup && body?.members?.length === 1) created.set(id, member);
        activities.push({ ...record, conversationId: id });
        return sendJson(res, 201, { id });
      }
      case 'sendToConversation':
        if (hold.accepted >= hold.after) {
          hold.held.push({ res, at: Date.now(), conversationId: route.conversationId });
          log(`${name}: holding ${route.operation} to ${route.conversationId} (no answer, not delivered)`);
          return undefined;
        }
        hold.accepted++;
        record.id = `1${Date.now()}${activities.length}`; // the new activity's id, which later updates name
        activities.push(record);
        return sendJson(res, 201, { id: record.id });
      case 'replyToActivity':
      case 'updateActivity':
        // A reply is a new activity with an id of its own; an update keeps the id of the activity it replaces.
        record.id = route.operation === 'updateActivity' ? route.activityId : `1${Date.now()}${activities.length}`;
        activities.push(record);
        return sendJson(res, route.operation === 'updateActivity' ? 200 : 201, { id: record.id });
      case 'deleteActivity':
        activities.push(record);
        return sendJson(res, 200, {});
      case 'getMember':
        return sendJson(res, 200, { id: route.memberId, name: 'Simulated User', aadObjectId: randomUUID(), userRole: 'user' });
      default:
        return sendJson(res, 404, {});
    }
  }

  return {
    serviceUrl: `${server.origin}${pathPrefix}`,
    activities,
    rejected,
    unknown,
    requests,
    forbidden,
    /** Teams id of the one member of a 1:1 conversation the bot created here (or Graph did, installing the bot for them). */
    createdWith: (conversationId) => created.get(conversationId) ?? graphChat(conversationId)?.user?.teamsId,
    /** From now on, accept `sends` more sendToConversation calls, then hold every further one unanswered. */
    holdAfter(sends) {
      hold.after = sends;
      hold.accepted = 0;
    },
    held: () => hold.held.length,
    /** Answer normally again; held calls are dropped (their caller is gone, or sees the connection reset). */
    release() {
      hold.after = Infinity;
      hold.held.splice(0).forEach(({ res }) => res.destroy());
    },
    close: async () => {
      hold.held.splice(0).forEach(({ res }) => res.destroy());
      await server.close();
    },
  };
}

/** Maps a path relative to the serviceUrl to a v3 operation; conversation and activity ids are URL-decoded. */
function parse(method, relative) {
  const segments = relative.split('/').map((s) => decodeURIComponent(s));
  if (segments[0] !== 'v3' || segments[1] !== 'conversations') {
    return undefined;
  }
  const [, , conversationId, collection, item] = segments;
  if (segments.length === 2 && method === 'POST') {
    return { operation: 'createConversation' };
  }
  if (collection === 'activities' && segments.length === 4 && method === 'POST') {
    return { operation: 'sendToConversation', conversationId };
  }
  if (collection === 'activities' && segments.length === 5) {
    const operation = { POST: 'replyToActivity', PUT: 'updateActivity', DELETE: 'deleteActivity' }[method];
    return operation ? { operation, conversationId, activityId: item } : undefined;
  }
  if (collection === 'members' && segments.length === 5 && method === 'GET') {
    return { operation: 'getMember', conversationId, memberId: item };
  }
  return undefined;
}
