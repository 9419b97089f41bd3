// Everything that makes an app package acceptable to Teams admin center and to SecurityBot itself:
// zip layout, the manifest against the official JSON schema of its manifestVersion (shipped in
// @microsoft/app-manifest, so validation needs no network), the icons, and the bot wiring.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { PNG } from "pngjs";
import { unfilledPlaceholders } from "./placeholders.mjs";

const require = createRequire(import.meta.url);
const schemaRoot = join(dirname(require.resolve("@microsoft/app-manifest")), "json-schemas", "teams");

/** Oldest manifest version SecurityBot ships on (the issue asks for a current schema, 1.17 or later). */
export const MINIMUM_MANIFEST_VERSION = "1.17";
export const PACKAGE_FILES = ["manifest.json", "color.png", "outline.png"];
export const COMMANDS = ["report", "policy", "risk", "status", "help"];
export const BOT_SCOPES = ["personal", "team", "groupChat"];
/** Must equal the CommandId of the host's IMessagingExtensionQueryHandler for policy search. */
export const POLICY_SEARCH_COMMAND = { id: "searchPolicies", parameter: "query" };

export function schemaUrl(version) {
  return `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
}

function versionAtLeast(version, minimum) {
  const [a, b] = version.split(".").map(Number);
  const [c, d] = minimum.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

function loadSchema(version) {
  const file = join(schemaRoot, `v${version}`, "MicrosoftTeams.schema.json");
  if (!/^\d+\.\d+$/.test(version) || !existsSync(file)) return undefined;
  // The published schemas contain \a and \v escapes, which JSON does not allow; the package fixes them the same way.
  const text = readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  return JSON.parse(text);
}

/** Schema errors for the manifest, or a single error when its manifestVersion has no official schema. */
export async function schemaErrors(manifest) {
  const version = String(manifest.manifestVersion ?? "");
  const schema = loadSchema(version);
  if (!schema) return [`manifestVersion "${version}" has no official schema in @microsoft/app-manifest`];
  const errors = [];
  if (!versionAtLeast(version, MINIMUM_MANIFEST_VERSION)) {
    errors.push(`manifestVersion ${version} is older than ${MINIMUM_MANIFEST_VERSION}`);
  }
  if (manifest.$schema !== schemaUrl(version)) {
    errors.push(`$schema must be ${schemaUrl(version)} to match manifestVersion ${version}`);
  }
  const found = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  return errors.concat(found.map((e) => `schema v${version}: ${e}`));
}

/** SecurityBot's own expectations: one bot in all three scopes with the commands the host implements. */
export function botErrors(manifest) {
  const errors = [];
  const bot = manifest.bots?.[0];
  if (!bot?.botId) return ["bots[0].botId is missing: the package must contain the bot"];
  for (const scope of BOT_SCOPES) {
    if (!bot.scopes?.includes(scope)) errors.push(`bot scope "${scope}" is missing`);
    const list = bot.commandLists?.find((l) => l.scopes?.includes(scope));
    const titles = list?.commands?.map((c) => c.title) ?? [];
    const missing = COMMANDS.filter((c) => !titles.includes(c));
    if (missing.length) errors.push(`commandLists for "${scope}" lack: ${missing.join(", ")}`);
  }
  const extension = manifest.composeExtensions?.[0];
  if (extension?.botId !== bot.botId) errors.push("composeExtensions[0].botId must equal the bot's botId");
  const command = extension?.commands?.find((c) => c.id === POLICY_SEARCH_COMMAND.id);
  if (command?.type !== "query") errors.push(`message extension command "${POLICY_SEARCH_COMMAND.id}" (type query) is missing`);
  else if (!command.parameters?.some((p) => p.name === POLICY_SEARCH_COMMAND.parameter)) {
    errors.push(`command "${POLICY_SEARCH_COMMAND.id}" needs parameter "${POLICY_SEARCH_COMMAND.parameter}"`);
  }
  if (manifest.webApplicationInfo?.id !== bot.botId) errors.push("webApplicationInfo.id must equal the bot's botId");
  if (!manifest.validDomains?.length) errors.push("validDomains must name the bot's domain");
  return errors;
}

function readPng(name, buffer) {
  try {
    return { png: PNG.sync.read(buffer) };
  } catch (e) {
    return { error: `${name} is not a readable PNG: ${e.message}` };
  }
}

/** Teams: color.png 192x192 full colour; outline.png 32x32, white on transparent. */
export function iconErrors(files) {
  const errors = [];
  const color = readPng("color.png", files.get("color.png"));
  if (color.error) errors.push(color.error);
  else if (color.png.width !== 192 || color.png.height !== 192) {
    errors.push(`color.png is ${color.png.width}x${color.png.height}, must be 192x192`);
  }
  const outline = readPng("outline.png", files.get("outline.png"));
  if (outline.error) return errors.concat(outline.error);
  const { png } = outline;
  if (png.width !== 32 || png.height !== 32) errors.push(`outline.png is ${png.width}x${png.height}, must be 32x32`);
  if (!png.alpha) errors.push("outline.png has no alpha channel: it must be white on transparent");
  let coloured = 0;
  let transparent = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = png.data.subarray(i, i + 4);
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255) coloured++;
  }
  if (coloured) errors.push(`outline.png has ${coloured} visible pixel(s) that are not white`);
  if (!transparent) errors.push("outline.png has no transparent pixel");
  if (transparent === png.width * png.height) errors.push("outline.png is fully transparent");
  return errors;
}

/** Every problem with the package, given its zip entries (name to Buffer). Empty means valid. */
export async function packageErrors(files) {
  const names = [...files.keys()];
  const errors = [];
  const extra = names.filter((n) => !PACKAGE_FILES.includes(n));
  const missing = PACKAGE_FILES.filter((n) => !files.has(n));
  if (extra.length) errors.push(`zip must hold only ${PACKAGE_FILES.join(", ")} at its root; also found: ${extra.join(", ")}`);
  if (missing.length) return errors.concat(`zip is missing: ${missing.join(", ")}`);

  let manifest;
  try {
    manifest = JSON.parse(files.get("manifest.json").toString("utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    return errors.concat(`manifest.json is not valid JSON: ${e.message}`);
  }
  for (const path of unfilledPlaceholders(manifest)) errors.push(`${path} still contains a \${{...}} placeholder`);
  if (manifest.icons?.color !== "color.png" || manifest.icons?.outline !== "outline.png") {
    errors.push("icons must reference color.png and outline.png at the package root");
  }
  errors.push(...(await schemaErrors(manifest)));
  errors.push(...botErrors(manifest));
  errors.push(...iconErrors(files));
  return errors;
}
