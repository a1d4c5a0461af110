// Benchmark (C8): how fast the ledger verifies, and whether one global chain limits a province's writers.
//
// 1. Verification of N entries (default 1,000,000; target ≥ 200,000 entries/s): the entries are made
//    and chained in memory, then (a) verified in memory exactly as verify-ledger does per entry (position,
//    link, leaf hash, Merkle tree, root and a consistency proof) and (b) verified end to end by
//    verifyLedger from the database after a bulk load (the DB read included).
// 2. Appends per second with 8 concurrent writers in 8 bodies against 1 writer, each run by a load
//    generator in its own process (bench/ledger/append-worker.ts) on PostgreSQL; prints the ratio.
//
//   npm run bench:ledger -- --database-url postgres://postgres@127.0.0.1:5445/postgres
//   npm run bench:ledger -- --entries 100000              (PGlite: verification only)
// Flags: --entries N, --seconds S (per append run, default 10), --writers W (default 8).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/platform/db/client.ts';
import { runMigrations } from '../src/platform/db/migrate.ts';
import { generateSm2KeyPair, sm2PublicKeyOf } from '../src/platform/crypto/sm.ts';
import {
  entryLeafHash,
  GENESIS_HASH,
  storedEntryLeaf,
  type EntryFields,
} from '../src/platform/ledger/chain.ts';
import { MerkleTree, verifyConsistency } from '../src/platform/ledger/merkle.ts';
import { ledgerHasher } from '../src/platform/ledger/tree-heads.ts';
import { signHead } from '../src/platform/ledger/heads.ts';
import { verifyLedger } from '../src/platform/ledger/verify.ts';
import { benchDatabase } from './database.ts';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    entries: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    writers: { type: 'string', default: '8' },
  },
});
const serverUrl = values['database-url'] ?? process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
const N = Number(values.entries);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Row extends EntryFields {
  prevHash: string;
  hash: string;
}

function makeLog(n: number): Row[] {
  const rows: Row[] = [];
  let prev = GENESIS_HASH;
  const t0 = Date.parse('2026-12-07T02:00:00.000Z');
  for (let seq = 1; seq <= n; seq++) {
    const f: EntryFields = {
      seq,
      at: new Date(t0 + seq).toISOString(),
      actorId: '5b1c3a8e-0000-4000-8000-000000000001',
      actorName: '王建国',
      ip: '10.0.0.1',
      action: 'case.step_recorded',
      entityType: 'case',
      entityId: `5b1c3a8e-0000-4000-8000-${String(seq % 100000).padStart(12, '0')}`,
      bodyId: '5b1c3a8e-0000-4000-8000-000000000003',
      payload: `{"note":"立案审批","step":${seq}}`,
    };
    const hash = entryLeafHash(prev, f).toString('hex');
    rows.push({ ...f, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

/** verify-ledger's per-entry work and its tree checks, without the database. */
function verifyInMemory(rows: Row[], headRoot: string): void {
  let prev = GENESIS_HASH;
  const leaves: Buffer[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.seq !== i + 1 || r.prevHash !== prev) throw new Error(`chain broken at ${i + 1}`);
    const leaf = storedEntryLeaf(prev, r, r.hash);
    if (!leaf) throw new Error(`hash wrong at ${r.seq}`);
    leaves[i] = leaf;
    prev = r.hash;
  }
  const tree = new MerkleTree(ledgerHasher, leaves);
  if (tree.root().toString('hex') !== headRoot) throw new Error('root differs');
  const half = Math.floor(rows.length / 2);
  const ok = verifyConsistency(
    ledgerHasher,
    half,
    rows.length,
    tree.root(half),
    tree.root(),
    tree.consistencyProof(half),
  );
  if (!ok) throw new Error('consistency');
}

async function bulkLoad(pool: { query(text: string, params?: unknown[]): Promise<unknown> }, rows: Row[]) {
  const B = 10_000;
  for (let i = 0; i < rows.length; i += B) {
    const part = rows.slice(i, i + B);
    await pool.query(
      `insert into ledger_entries (seq, at, actor_id, actor_name, ip, action, entity_type, entity_id, body_id, payload, prev_hash, hash)
       select * from unnest($1::bigint[], $2::timestamptz[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::text[], $12::text[])`,
      [
        part.map((r) => r.seq),
        part.map((r) => r.at),
        part.map((r) => r.actorId),
        part.map((r) => r.actorName),
        part.map((r) => r.ip),
        part.map((r) => r.action),
        part.map((r) => r.entityType),
        part.map((r) => r.entityId),
        part.map((r) => r.bodyId),
        part.map((r) => r.payload),
        part.map((r) => r.prevHash),
        part.map((r) => r.hash),
      ],
    );
  }
}

async function verification() {
  console.log(`\n== verify-ledger over ${fmt(N)} entries ==`);
  let t = performance.now();
  const rows = makeLog(N);
  console.log(`made and chained in memory: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const key = generateSm2KeyPair().privateKey;
  const root = new MerkleTree(
    ledgerHasher,
    rows.map((r) => Buffer.from(r.hash, 'hex')),
  )
    .root()
    .toString('hex');

  t = performance.now();
  verifyInMemory(rows, root);
  const mem = (performance.now() - t) / 1000;
  console.log(
    `in memory (entries, links, leaf hashes, tree, root, consistency proof): ${mem.toFixed(2)} s = ${fmt(N / mem)} entries/s (target ≥ 200,000)`,
  );

  const bench = await benchDatabase(serverUrl);
  const database = await openDatabase(bench.target);
  try {
    await runMigrations(database);
    t = performance.now();
    await bulkLoad(database.pool, rows);
    const at = '2026-12-07T02:00:00.000Z';
    const head = { treeSize: N, root, at };
    await database.pool.query(
      'insert into ledger_heads (tree_size, root, at, signature, public_key) values ($1, $2, $3, $4, $5)',
      [N, root, at, signHead(head, key), sm2PublicKeyOf(key)],
    );
    console.log(`bulk load into ${bench.target.kind}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const r = await verifyLedger(database.db, { trustedPublicKey: sm2PublicKeyOf(key) });
    const db = (performance.now() - t) / 1000;
    if (!r.ok || r.count !== N) throw new Error(`verifyLedger: ${JSON.stringify(r.firstBad)}`);
    console.log(
      `verifyLedger from ${bench.target.kind} (read included): ${db.toFixed(2)} s = ${fmt(N / db)} entries/s`,
    );
    console.log(
      `RESULT verify_in_memory_per_s=${Math.round(N / mem)} verify_from_db_per_s=${Math.round(N / db)}`,
    );
  } finally {
    await database.close();
    await bench.drop();
  }
}

function appendRun(
  url: string,
  writers: number,
  seconds: number,
): Promise<{ appends: number; perWriter: number[] }> {
  return new Promise((resolve, reject) => {
    const worker = path.join(import.meta.dirname, 'ledger', 'append-worker.ts');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', worker, url, String(writers), String(seconds)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!))
        : reject(new Error(`worker exit ${code}`)),
    );
  });
}

async function appends() {
  if (!serverUrl) {
    console.log('\n== appends: skipped (needs --database-url: PGlite has one connection, so one writer) ==');
    return;
  }
  const seconds = Number(values.seconds);
  const writers = Number(values.writers);
  console.log(`\n== appends per second, ${seconds} s per run, load generator in its own process ==`);
  const bench = await benchDatabase(serverUrl);
  const database = await openDatabase(bench.target);
  await runMigrations(database);
  await database.close();
  try {
    const url = (bench.target as { url: string }).url;
    const one = await appendRun(url, 1, seconds);
    const many = await appendRun(url, writers, seconds);
    const r1 = one.appends / seconds;
    const rn = many.appends / seconds;
    console.log(`1 writer: ${fmt(r1)} appends/s`);
    console.log(
      `${writers} writers in ${writers} bodies: ${fmt(rn)} appends/s (per writer ${many.perWriter.join(', ')})`,
    );
    console.log(`ratio ${writers} writers / 1 writer: ${(rn / r1).toFixed(2)}`);
    console.log(
      `RESULT appends_1=${Math.round(r1)} appends_${writers}=${Math.round(rn)} ratio=${(rn / r1).toFixed(2)}`,
    );
  } finally {
    await bench.drop();
  }
}

await verification();
await appends();
