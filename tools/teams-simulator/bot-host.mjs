// Starts SecurityBot the way an operator would: its own process, configured only through the documented settings
// (README's configuration table) as environment variables, trusting the simulator's certificate through
// SSL_CERT_FILE (the documented Linux way) and nothing else.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { delay, httpCall } from './net.mjs';

// Settings the operator's shell might already carry; the bot gets only the ones the simulator sets.
const INHERITED_SETTINGS = /^(Microsoft|BotOpenIdMetadata|ToChannelFromBot|ValidateAuthority|Bot__|Database__|ConnectionStrings__|Outbox__|Timers__|Directory__|Roles__|Routing__|Incidents__|RiskAcceptances__|Audit__|Crisis__|ASPNETCORE_|DOTNET_ENVIRONMENT|SSL_CERT_)/i;

/**
 * `hostDll` runs an already-built SecurityBot.dll with `dotnet`; without it `dotnet run --project src/SecurityBot`
 * (the README's run command) builds and runs it from `repoRoot`.
 */
export function startBot({ repoRoot, hostDll, port, settings, secrets }) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!INHERITED_SETTINGS.test(k)) env[k] = v;
  }
  Object.assign(env, settings, { ASPNETCORE_URLS: `http://127.0.0.1:${port}` });
  const [command, args, cwd] = hostDll
    ? ['dotnet', [hostDll], dirname(hostDll)]
    : ['dotnet', ['run', '--project', join(repoRoot, 'src', 'SecurityBot'), '--no-launch-profile'], repoRoot];
  // Own process group, so stopping `dotnet run` also stops the host it started (and nothing else).
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines = [];
  // Chunks end anywhere; keep the unfinished last line of each stream until its newline arrives.
  const collector = () => {
    let partial = '';
    return (chunk) => {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop();
      lines.push(...parts.filter((l) => l.length > 0));
    };
  };
  child.stdout.on('data', collector());
  child.stderr.on('data', collector());
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = { code, signal };
    resolve(exited);
  }));

  return {
    description: hostDll ? `dotnet ${hostDll}` : 'dotnet run --project src/SecurityBot',
    messagingEndpoint: `http://127.0.0.1:${port}/api/messages`,
    get exited() { return exited; },
    /** The bot's own log, with every secret and token the simulator knows replaced — safe to print. */
    log() {
      return lines.map((line) => secrets().reduce((l, s) => (s ? l.split(s).join('[redacted]') : l), line));
    },
    rawLog: () => lines.join('\n'),
    /** The bot's JSON console log entries at `level` (e.g. Error), as {category, message}. */
    entries(level) {
      return lines.flatMap((line) => {
        try {
          const entry = JSON.parse(line);
          return entry.LogLevel === level ? [{ category: entry.Category, message: entry.Message }] : [];
        } catch {
          return level === 'Error' && /^(fail|crit):/.test(line) ? [{ category: 'console', message: line }] : [];
        }
      });
    },
    async waitUntilHealthy(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && !exited) {
        try {
          const res = await httpCall(`http://127.0.0.1:${port}/healthz`);
          if (res.status === 200) return true;
        } catch {
          // not listening yet
        }
        await delay(250);
      }
      return false;
    },
    /** SIGKILL, as a crash or an OOM kill would end it: no shutdown code runs. Resolves once it is gone. */
    async kill() {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await Promise.race([exit, delay(10000)]);
    },
    async stop() {
      const signal = (name) => {
        try {
          process.kill(-child.pid, name);
        } catch {
          // already gone
        }
      };
      if (!exited) {
        signal('SIGTERM');
        await Promise.race([exit, delay(10000)]);
      }
      signal('SIGKILL');
    },
  };
}
