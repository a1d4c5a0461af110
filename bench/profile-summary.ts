// Where the time of a V8 .cpuprofile goes (for bench/http-baseline.ts BENCH_PROFILE): the share of samples
// per function by self time, by file (self time), and the inclusive share of the functions named on the
// command line after the file (e.g. `resolveSession listJson`), each counted once per sample however
// deep the recursion.
//   npx tsx bench/profile-summary.ts /tmp/prof/people-list.cpuprofile [function …]
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, ...watched] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [function …]');
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, 'npm:')
    .replace(/.*\/src\//, 'src/')
    .replace(/^node:/, 'node:');
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const self = new Map<string, number>();
const perFile = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
let idle = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const n = byId.get(id)!;
  total += dt;
  if (n.callFrame.functionName === '(idle)') idle += dt;
  self.set(label(n), (self.get(label(n)) ?? 0) + dt);
  const f = shortUrl(n.callFrame.url) || n.callFrame.functionName;
  const pkg = f.startsWith('npm:')
    ? f
        .split('/')
        .slice(0, f.startsWith('npm:@') ? 2 : 1)
        .join('/')
    : f;
  perFile.set(pkg, (perFile.get(pkg) ?? 0) + dt);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = byId.get(at)!.callFrame.functionName;
    if (watched.includes(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  }
});

const busy = total - idle;
const pct = (t: number) => `${((100 * t) / busy).toFixed(1).padStart(5)}%`;
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .filter(([k]) => !k.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n);
console.log(
  `${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (shares below are of busy time)`,
);
console.log('\nself time by function:');
for (const [k, t] of top(self, 40)) console.log(`  ${pct(t)}  ${k}`);
console.log('\nself time by file or package:');
for (const [k, t] of top(perFile, 30)) console.log(`  ${pct(t)}  ${k}`);
if (watched.length) {
  console.log('\ninclusive time:');
  for (const name of watched) console.log(`  ${pct(inclusive.get(name) ?? 0)}  ${name}`);
}
