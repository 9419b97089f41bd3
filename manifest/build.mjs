// Builds the uploadable Teams app package from manifest.json + icons/, filling ${{NAME}} placeholders
// from environment variables (which win) and an optional .env file.
//   node manifest/build.mjs [--env-file path] [--out path.zip]
// Defaults: manifest/.env when it exists; artifacts/securitybot-teams-app.zip at the repository root.
// Refuses (exit 1, nothing written) when a placeholder is unset or invalid, and validates what it wrote.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, parseEnv } from "node:util";
import { fillPlaceholders } from "./lib/placeholders.mjs";
import { writeZip } from "./lib/zip.mjs";
import { DEFAULT_PACKAGE, validatePackage } from "./validate.mjs";

const here = dirname(fileURLToPath(import.meta.url));

function loadEnv(envFile) {
  const fromFile = envFile ? parseEnv(readFileSync(envFile, "utf8")) : {};
  return { ...fromFile, ...process.env };
}

async function main() {
  const { values } = parseArgs({
    options: { "env-file": { type: "string" }, out: { type: "string" } },
    strict: true,
  });
  const defaultEnvFile = join(here, ".env");
  const envFile = values["env-file"] ?? (existsSync(defaultEnvFile) ? defaultEnvFile : undefined);
  if (envFile && !existsSync(envFile)) {
    console.error(`env file not found: ${envFile}`);
    return 1;
  }
  const out = resolve(values.out ?? DEFAULT_PACKAGE);

  const template = JSON.parse(readFileSync(join(here, "manifest.json"), "utf8"));
  const { manifest, errors } = fillPlaceholders(template, loadEnv(envFile));
  if (errors.length) {
    console.error("cannot build the app package; set these variables (see manifest/.env.example):");
    for (const e of errors) console.error(`  - ${e}`);
    return 1;
  }

  await writeZip(out, {
    "manifest.json": Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8"),
    "color.png": readFileSync(join(here, "icons", "color.png")),
    "outline.png": readFileSync(join(here, "icons", "outline.png")),
  });

  // An invalid package must not be left behind for someone to upload.
  const problems = await validatePackage(out);
  if (problems.length) {
    rmSync(out, { force: true });
    console.error("the built package is invalid, removed it:");
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  console.log(`built ${out}`);
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (e) => { console.error(e.message ?? e); process.exitCode = 2; },
);
