// Validates a built Teams app package.
//   node manifest/validate.mjs [path/to/package.zip]     (default: artifacts/securitybot-teams-app.zip)
// Exit code 0 and "valid: ..." when it passes; 1 with one line per problem otherwise; 2 when it cannot run.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { packageErrors } from "./lib/package-checks.mjs";
import { readZip } from "./lib/zip.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_PACKAGE = resolve(here, "..", "artifacts", "securitybot-teams-app.zip");

/** Errors for the zip at `path` (empty when valid). */
export async function validatePackage(path) {
  let files;
  try {
    files = await readZip(path);
  } catch (e) {
    return [`cannot read ${path} as a zip: ${e.message}`];
  }
  return packageErrors(files);
}

async function main(args) {
  if (args.length > 1 || args[0]?.startsWith("-")) {
    console.error("usage: node manifest/validate.mjs [package.zip]");
    return 2;
  }
  const path = resolve(args[0] ?? DEFAULT_PACKAGE);
  const errors = await validatePackage(path);
  if (errors.length) {
    console.error(`invalid: ${path}`);
    for (const e of errors) console.error(`  - ${e}`);
    return 1;
  }
  console.log(`valid: ${path}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => { console.error(e); process.exitCode = 2; },
  );
}
