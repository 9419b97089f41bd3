// Command-line options of simulate.mjs (usage in docs/teams-simulator.md).
import { resolve } from 'node:path';

export function parseArguments(args) {
  const parsed = { hostDll: undefined, startupTimeoutMs: 120000, settings: {} };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--host-dll') parsed.hostDll = resolve(args[++i]);
    else if (args[i] === '--startup-timeout') parsed.startupTimeoutMs = Number(args[++i]) * 1000;
    else if (args[i] === '--setting' && /^[^=]+=/.test(args[i + 1] ?? '')) {
      // One more host setting (environment variable form, e.g. Outbox__LeaseSeconds=5), printed with the others.
      const [key, ...value] = args[++i].split('=');
      parsed.settings[key] = value.join('=');
    }
    else {
      console.error(`unknown argument ${args[i]}\nusage: node tools/teams-simulator/simulate.mjs [--host-dll SecurityBot.dll] [--startup-timeout seconds] [--setting Key=Value]...`);
      process.exit(2);
    }
  }
  return parsed;
}
