// ${{NAME}} placeholders in manifest.json and the rule each value must meet before it goes into a package.
// Substitution happens on parsed JSON string values, never on raw text, so a value containing a quote
// cannot change the manifest's structure.

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST = /^(?=.{1,253}$)(?!-)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/i;
// The schema's own semver pattern (definitions.semver) for "version".
const SEMVER = /^([0-9]|[1-9]+[0-9]*)\.([0-9]|[1-9]+[0-9]*)\.([0-9]|[1-9]+[0-9]*)$/;
const ALL_ZERO_GUID = /^0{8}-(0{4}-){3}0{12}$/;

function httpsUrl(value) {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** What each placeholder means and how its value is checked. A name not listed here is refused. */
export const PLACEHOLDERS = {
  TEAMS_APP_ID: {
    check: (v) => GUID.test(v) && !ALL_ZERO_GUID.test(v),
    rule: "a GUID (generate once per organisation and keep it: Teams matches upgrades by it)",
  },
  MICROSOFT_APP_ID: {
    check: (v) => GUID.test(v) && !ALL_ZERO_GUID.test(v),
    rule: "a GUID: the bot's Microsoft App ID (app registration or managed identity client id)",
  },
  BOT_DOMAIN: {
    check: (v) => HOST.test(v),
    rule: "a host name without scheme, port or path, e.g. securitybot.contoso.com",
  },
  APP_VERSION: {
    check: (v) => SEMVER.test(v),
    rule: "major.minor.patch, e.g. 1.0.0",
  },
  DEVELOPER_NAME: {
    check: (v) => v.length > 0 && v.length <= 32,
    rule: "1 to 32 characters",
  },
  DEVELOPER_WEBSITE_URL: { check: httpsUrl, rule: "an https:// URL" },
  DEVELOPER_PRIVACY_URL: { check: httpsUrl, rule: "an https:// URL" },
  DEVELOPER_TERMS_URL: { check: httpsUrl, rule: "an https:// URL" },
};

const TOKEN = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

function mapStrings(node, map) {
  if (typeof node === "string") return map(node);
  if (Array.isArray(node)) return node.map((item) => mapStrings(item, map));
  if (node && typeof node === "object") {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mapStrings(v, map)]));
  }
  return node;
}

/** Every distinct placeholder name used in the manifest's string values. */
export function placeholderNames(manifest) {
  const names = new Set();
  mapStrings(manifest, (s) => {
    for (const match of s.matchAll(TOKEN)) names.add(match[1]);
    return s;
  });
  return [...names];
}

/**
 * Fills the placeholders from `env`. Returns { manifest, errors }: errors name each missing,
 * unknown or invalid variable; the manifest is only meaningful when errors is empty.
 */
export function fillPlaceholders(template, env) {
  const errors = [];
  for (const name of placeholderNames(template)) {
    const spec = PLACEHOLDERS[name];
    const value = env[name]?.trim();
    if (!spec) errors.push(`${name}: unknown placeholder (known: ${Object.keys(PLACEHOLDERS).join(", ")})`);
    else if (!value) errors.push(`${name}: not set; must be ${spec.rule}`);
    else if (!spec.check(value)) errors.push(`${name}: invalid value "${value}"; must be ${spec.rule}`);
  }
  const manifest = mapStrings(template, (s) => s.replace(TOKEN, (_, name) => env[name]?.trim() ?? ""));
  return { manifest, errors };
}

/** Paths (JSON-pointer style) of string values that still contain a ${{...}} placeholder. */
export function unfilledPlaceholders(manifest, path = "") {
  if (typeof manifest === "string") return /\$\{\{/.test(manifest) ? [path || "/"] : [];
  if (manifest && typeof manifest === "object") {
    return Object.entries(manifest).flatMap(([k, v]) => unfilledPlaceholders(v, `${path}/${k}`));
  }
  return [];
}
