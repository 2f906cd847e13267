// npm run start:replicas [-- --replicas 2]: the hub as it runs replicated (docs/deployment.md), on
// this machine: HAProxy on the usual ports (gateway 4000, subgraphs 4001–4004), two processes of
// every subgraph and of the gateway behind it (replica r on the usual port + 100 × r), embedded
// PostgreSQL under .data/replicas/ with its data kept between runs. HAProxy is Debian's package:
// installed here when it is missing. Ctrl-C stops everything.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findHaproxy } from './lib/load-balancer.ts';
import { startReplicas } from './lib/replicas.ts';
import { ROOT } from './lib/subgraphs.ts';

const { values } = parseArgs({ options: { replicas: { type: 'string', default: '2' } } });

if (!findHaproxy()) {
  console.log('HAProxy is not installed: apt-get install -y haproxy …');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) =>
    spawnSync(sudo[0] ?? args[0]!, sudo.length ? args : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'haproxy']);
  if (!findHaproxy()) {
    console.error('HAProxy could not be installed; install it (Debian: apt-get install haproxy).');
    process.exit(1);
  }
}

const started = Date.now();
const base = process.env.HUB_DATA_DIR ?? join(ROOT, '.data', 'replicas');
const hub = await startReplicas({
  replicas: Number(values.replicas),
  dataDir: join(base, 'postgres'),
  runDir: join(base, 'haproxy'),
  persistent: true,
  demoData: process.env.HUB_DEMO_DATA !== '0',
  fixedPorts: true,
});

const byService = new Map<string, string[]>();
for (const r of hub.replicas)
  byService.set(r.service, [...(byService.get(r.service) ?? []), r.url.replace(/\/graphql$/, '')]);
console.log(`
清欠数据枢纽 Arrears Hub, replicated (started in ${((Date.now() - started) / 1000).toFixed(1)} s)
  GraphQL   ${hub.gatewayUrl}   (HAProxy → ${byService.get('gateway')!.join(', ')})
${Object.entries(hub.subgraphUrls)
  .map(([name, url]) => `  ${name.padEnd(13)} ${url} → ${byService.get(name)!.join(', ')}`)
  .join('\n')}
  HAProxy   http://${hub.balancer.stats}/stats
Press Ctrl-C to stop.`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the hub…');
  await hub.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
