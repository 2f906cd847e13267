// Part of npm run lint: a merge's conflict markers left in a committed file (prettier does not read
// every kind of file, and Markdown with markers is still valid Markdown).
import { execFileSync } from 'node:child_process';

let found = '';
try {
  found = execFileSync('git', ['grep', '-nE', '^(<<<<<<<|>>>>>>>) ', '--', '.', ':!*.lock'], {
    encoding: 'utf8',
  });
} catch (error) {
  if (error.status !== 1) throw error; // 1: nothing found
}
if (found) {
  console.error(`merge conflict markers left in:\n${found}`);
  process.exit(1);
}
