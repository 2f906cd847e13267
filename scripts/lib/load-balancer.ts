// HAProxy (Debian's package) in front of the replicas: one frontend port per service (the port a
// single process would have), round-robin over its replicas, each checked every second on /ready,
// so a replica that is draining (SIGTERM: /ready answers 503 first) or down leaves the rotation
// before its connections close. A request that could not be sent to a replica (connection
// refused) is sent to another; a request already sent is never sent twice (a mutation must not
// run twice). The runtime socket takes replicas in and out of rotation (the benchmark's one vs
// two replicas). docs/deployment.md explains the layout.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';

export interface Backend {
  /** The service: "gateway", "organisations" … */
  name: string;
  /** Where the load balancer listens for it. */
  port: number;
  /** The replicas, as host:port. */
  servers: string[];
}

export interface RunningBalancer {
  /** host:port of the statistics page (CSV at /stats;csv). */
  stats: string;
  /** Takes a replica out of rotation (`maint`) or back in (`ready`). */
  setServer(backend: string, index: number, state: 'ready' | 'maint'): Promise<void>;
  /** Requests each replica answered so far, by backend then server name. */
  served(): Promise<Record<string, Record<string, number>>>;
  stop(): Promise<void>;
}

/** HAProxy's binary, or undefined when it is not installed (`apt-get install -y haproxy`). */
export function findHaproxy(): string | undefined {
  for (const path of ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy', '/usr/bin/haproxy'])
    if (existsSync(path)) return path;
  const which = spawnSync('sh', ['-c', 'command -v haproxy'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

export const serverName = (backend: string, index: number) => `${backend}-${index + 1}`;

export function haproxyConfig(
  backends: readonly Backend[],
  dir: string,
  statsPort: number,
): string {
  const lines = [
    'global',
    '  maxconn 4096',
    `  stats socket ${join(dir, 'haproxy.sock')} mode 600 level admin`,
    '',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    // Longer than the gateway's subgraph timeout (30 s) and drain (10 s), as a slow answer must
    // not be cut by the load balancer first.
    '  timeout client 75s',
    '  timeout server 75s',
    '  timeout http-keep-alive 60s',
    '  option http-keep-alive',
    '  option forwardfor',
    // Only a request that never reached a replica is sent again, to another one.
    '  retries 2',
    '  retry-on conn-failure',
    '  option redispatch 1',
    '  default-server inter 1s fall 2 rise 1',
    '',
    'frontend stats',
    `  bind 127.0.0.1:${statsPort}`,
    '  stats enable',
    '  stats uri /stats',
    '',
  ];
  for (const backend of backends) {
    lines.push(
      `frontend ${backend.name}`,
      `  bind 127.0.0.1:${backend.port}`,
      `  default_backend ${backend.name}`,
      '',
      `backend ${backend.name}`,
      '  balance roundrobin',
      '  option httpchk GET /ready',
      '  http-check expect status 200',
      ...backend.servers.map((s, i) => `  server ${serverName(backend.name, i)} ${s} check`),
      '',
    );
  }
  return lines.join('\n');
}

function command(socket: string, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const client = connect(socket);
    let answer = '';
    client.on('data', (c: Buffer) => (answer += c.toString('utf8')));
    client.on('end', () => resolve(answer));
    client.on('error', reject);
    client.end(`${line}\n`);
  });
}

export async function startHaproxy(
  backends: readonly Backend[],
  options: { dir: string; statsPort: number; binary?: string; log?: (line: string) => void },
): Promise<RunningBalancer> {
  const binary = options.binary ?? findHaproxy();
  if (!binary) throw new Error('HAProxy is not installed: apt-get install -y haproxy');
  await mkdir(options.dir, { recursive: true });
  const file = join(options.dir, 'haproxy.cfg');
  await writeFile(file, haproxyConfig(backends, options.dir, options.statsPort));
  const check = spawnSync(binary, ['-c', '-q', '-f', file], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`HAProxy refused ${file}:\n${check.stderr}`);
  // -db: stay in the foreground, logs to stderr; -W: master-worker, so SIGUSR2 would reload.
  const child: ChildProcess = spawn(binary, ['-W', '-db', '-f', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = options.log ?? (() => undefined);
  child.stdout!.on('data', (c: Buffer) => log(`[haproxy] ${c.toString('utf8').trim()}`));
  child.stderr!.on('data', (c: Buffer) => log(`[haproxy] ${c.toString('utf8').trim()}`));
  const socket = join(options.dir, 'haproxy.sock');
  const stats = `127.0.0.1:${options.statsPort}`;
  // Ready once its statistics page answers.
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`HAProxy exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://${stats}/stats`)).ok) break;
    } catch {
      if (Date.now() > deadline) throw new Error('HAProxy did not start within 10 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    stats,
    setServer: async (backend, index, state) => {
      const answer = await command(
        socket,
        `set server ${backend}/${serverName(backend, index)} state ${state}`,
      );
      if (answer.trim()) throw new Error(`HAProxy: ${answer.trim()}`);
    },
    served: async () => {
      const csv = await (await fetch(`http://${stats}/stats;csv`)).text();
      const [header, ...rows] = csv.replace(/^# /, '').trim().split('\n');
      const columns = header!.split(',');
      const at = (row: string[], name: string) => row[columns.indexOf(name)]!;
      const result: Record<string, Record<string, number>> = {};
      for (const row of rows.map((r) => r.split(','))) {
        const [proxy, server] = [at(row, 'pxname'), at(row, 'svname')];
        if (server === 'FRONTEND' || server === 'BACKEND') continue;
        (result[proxy] ??= {})[server] = Number(at(row, 'stot'));
      }
      return result;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGUSR1'); // soft stop: finish what is in flight
        setTimeout(() => child.kill('SIGTERM'), 3_000).unref();
      });
    },
  };
}
