// The Teams side of the conversation: the Bot Framework channel service signing a token for each activity it
// POSTs to the bot's messaging endpoint, with activities shaped as Teams sends them (Teams bot docs: personal
// install, conversationUpdate, message).
import { randomUUID } from 'node:crypto';
import { httpCall } from './net.mjs';
import { BOT_FRAMEWORK_ISSUER } from './issuer.mjs';
import { people } from './organisation.mjs';
import { signRs256 } from './pki.mjs';

/** A person of the simulated organisation as Teams identifies a user in an activity's `from`. */
export const teamsUser = (person) => ({ id: person.teamsId, name: person.displayName, aadObjectId: person.id, timeZone: person.timeZone, locale: person.locale });

/** Alex Wilber, a software engineer of the simulated organisation (organisation.mjs), the default sender. */
export const ALEX = teamsUser(people.alex);

export function teamsClient({ appId, botName = 'SecurityBot', messagingEndpoint, serviceUrl, key, tenantId }) {
  const bot = { id: `28:${appId}`, name: botName };

  /** Claims the Bot Framework channel service puts in its tokens; `change` lets a forgery alter them. */
  function claims(change = (c) => c, activityServiceUrl = serviceUrl) {
    const now = Math.floor(Date.now() / 1000);
    return change({ serviceurl: activityServiceUrl, nbf: now - 5, exp: now + 3600, iss: BOT_FRAMEWORK_ISSUER, aud: appId });
  }

  function header(signingKey) {
    const h = { alg: 'RS256', kid: signingKey.kid, typ: 'JWT' };
    if (signingKey.jwk?.x5t) h.x5t = signingKey.jwk.x5t;
    return h;
  }

  return {
    bot,
    /** A genuine channel token for `aud` = the bot, signed by the published msteams key. */
    token(change, signingKey = key, activityServiceUrl = serviceUrl) {
      return signRs256(header(signingKey), claims(change, activityServiceUrl), signingKey.privateKey);
    },
    claims,
    header,

    personalConversation(user = ALEX) {
      return { conversationType: 'personal', tenantId, id: `a:1sim-personal-${user.aadObjectId}-${randomUUID().slice(0, 8)}` };
    },

    installationUpdateAdd(conversation, user = ALEX) {
      return base('installationUpdate', conversation, user, { action: 'add', id: `f:${randomUUID()}`, channelData: { tenant: { id: tenantId }, source: { name: 'message' } } });
    },

    conversationUpdateBotAdded(conversation, user = ALEX) {
      return base('conversationUpdate', conversation, user, { membersAdded: [{ id: bot.id }], id: `f:${randomUUID()}` });
    },

    message(conversation, text, user = ALEX, overrides = {}) {
      return base('message', conversation, user, { text, textFormat: 'plain', id: `${Date.now()}${Math.floor(Math.random() * 1000)}`, ...overrides });
    },

    /** A standard channel of a team the bot is installed in (Teams: conversation id "19:…@thread.tacv2"). */
    channelConversation() {
      const team = `19:sim-team-${randomUUID().slice(0, 8)}@thread.tacv2`;
      return { conversationType: 'channel', isGroup: true, tenantId, id: `${team};messageid=${Date.now()}`, team };
    },

    /** A group chat the bot was added to (Teams: conversation id "19:…@thread.v2", conversationType groupChat). */
    groupChatConversation() {
      return { conversationType: 'groupChat', isGroup: true, tenantId, id: `19:sim-chat-${randomUUID().slice(0, 12)}@thread.v2` };
    },

    /**
     * A channel post (or, for a groupChat conversation, a group chat message) that @mentions the bot, as Teams
     * sends it: "<at>name</at> text" plus a mention entity; in channels, channelData names the team and channel.
     */
    channelMention(conversation, text, user = ALEX) {
      const at = `<at>${bot.name}</at>`;
      const { team, ...account } = conversation;
      const activity = base('message', account, user, {
        text: `${at} ${text}`,
        textFormat: 'plain',
        id: `${Date.now()}${Math.floor(Math.random() * 1000)}`,
        channelData: team ? { tenant: { id: tenantId }, team: { id: team }, channel: { id: team } } : { tenant: { id: tenantId } },
      });
      activity.entities = [...activity.entities, { type: 'mention', mentioned: bot, text: at }];
      return activity;
    },

    /** A press of an Action.Execute button on a card the bot sent: Teams' adaptiveCard/action invoke. */
    cardAction(conversation, verb, data, user = ALEX, cardMessageId = undefined) {
      return base('invoke', conversation, user, {
        name: 'adaptiveCard/action',
        id: `f:${randomUUID()}`,
        // Teams names the message that holds the pressed card; a caller that knows it passes it.
        replyToId: cardMessageId ?? `${Date.now()}`,
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      });
    },

    /**
     * The person's answer to a file consent card: Teams' fileConsent/invoke. `value` is what Teams sends: type
     * fileUpload, action accept|decline, the card's context back, and (accept) the OneDrive uploadInfo.
     */
    fileConsent(conversation, value, user = ALEX) {
      return base('invoke', conversation, user, { name: 'fileConsent/invoke', id: `f:${randomUUID()}`, replyToId: `${Date.now()}`, value });
    },

    /** An invoke the bot has no handler for (Teams adds new invoke names over time). */
    unknownInvoke(conversation, user = ALEX) {
      return base('invoke', conversation, user, { name: 'sim/notAThing', id: `f:${randomUUID()}`, value: {} });
    },

    /** POSTs an activity as the channel does; `authorization` is the whole header value or undefined for none. */
    async send(activity, authorization) {
      const headers = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Microsoft-SkypeBotApi (Microsoft-BotFramework/3.0)' };
      if (authorization !== undefined) headers.authorization = authorization;
      return httpCall(messagingEndpoint, { method: 'POST', headers, body: JSON.stringify(activity) });
    },
  };

  function base(type, conversation, user, extra) {
    const now = new Date();
    return {
      type,
      timestamp: now.toISOString(),
      localTimestamp: now.toISOString().replace('Z', '+00:00'),
      serviceUrl,
      channelId: 'msteams',
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      conversation,
      recipient: bot,
      // The Teams client says where it runs: its zone and language, per person (London and US English unless set).
      entities: [{ locale: user.locale ?? 'en-US', country: 'US', platform: 'Web', timezone: user.timeZone ?? 'Europe/London', type: 'clientInfo' }],
      channelData: { tenant: { id: tenantId } },
      locale: user.locale ?? 'en-US',
      localTimezone: user.timeZone ?? 'Europe/London',
      ...extra,
    };
  }
}

/** Everything a person reads of an activity: its text and its cards' text, lower-cased, for content checks. */
export const shownText = (activity) => `${activity?.text ?? ''}\n${activity?.summary ?? ''}\n${cardText(activity)}`.toLowerCase();

/** All text a card shows (TextBlock/RichText/FactSet/Action titles...), lower-cased, for content checks. */
export function cardText(activity) {
  const texts = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'string' && ['text', 'title', 'value', 'placeholder', 'label'].includes(k)) texts.push(v);
        else walk(v);
      }
    }
  };
  walk(activity?.attachments ?? []);
  return texts.join('\n').toLowerCase();
}

export const isAdaptiveCard = (activity) =>
  (activity?.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive' && a.content?.type === 'AdaptiveCard');
