// Reading the repository's deployment files, shared by the checks of docker-compose.yml and of deploy/kubernetes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');

/** A file of the repository as text, by its path from the root. */
export const read = (path) => readFileSync(join(root, path), 'utf8');

/** A compose service's environment as a map, whichever of compose's two forms it uses. */
export function composeEnvironment(service) {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => {
      const at = entry.indexOf('=');
      return [entry.slice(0, at), entry.slice(at + 1)];
    }));
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value ?? '')]));
}

/** A compose service's health check command as one string. */
export function healthcheckCommand(service) {
  const check = service.healthcheck?.test;
  return Array.isArray(check) ? check.join(' ') : String(check ?? '');
}

/** key=value pairs of a Java properties file, %profile entries left out. */
export function properties(path) {
  return Object.fromEntries(read(path).split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('%'))
    .map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }));
}

/**
 * Runs `nginx -t` on a rendered gateway config, the upstream host names resolving to 127.0.0.1 through a private
 * /etc/hosts (a mount namespace of its own); skips where there is no nginx or no unshare -m (it needs root).
 */
export function checkNginxConfig(t, rendered, hostnames) {
  const nginx = '/usr/sbin/nginx';
  if (!existsSync(nginx)) return t.skip('no nginx on this machine (deploy/local/stack installs it)');
  const dir = mkdtempSync(join(tmpdir(), 'stride-gateway-'));
  try {
    writeFileSync(join(dir, 'nginx.conf'), rendered);
    writeFileSync(join(dir, 'hosts'), `127.0.0.1 localhost ${[...new Set(hostnames)].join(' ')}\n`);
    const script = `mount --bind '${dir}/hosts' /etc/hosts && exec ${nginx} -t -q -p '${dir}/' `
      + `-c '${dir}/nginx.conf' -e stderr -g 'pid ${dir}/nginx.pid;'`;
    try {
      execFileSync('unshare', ['-m', 'sh', '-c', 'true'], { stdio: 'pipe' });
    } catch {
      return t.skip('unshare -m is not allowed here (it needs root)');
    }
    // stdout to /dev/null: the access log is /dev/stdout, which cannot be opened when it is a socket
    execFileSync('unshare', ['-m', 'sh', '-c', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    assert.fail(`nginx -t: ${error.stderr?.toString() ?? error.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return undefined;
}
