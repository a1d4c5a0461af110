// H4 over the whole system, on PGlite and (with TEST_DATABASE_URL) PostgreSQL: the ID numbers, phones and
// addresses of people and case parties appear nowhere in the database — not in any table's rows, nor in a
// pg_dump — while the API still shows them to those who may read them; an exact search by ID number and
// the refusal of a duplicate go through the blind index; an install upgraded from before H4 is sealed at
// start; and after `rotate-keys` (rerun after stopping past its commit) everything reads under the new
// key and nothing opens under the old one.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { idNumberIndex, personalPurpose } from '../../src/platform/crypto/personal-data.ts';
import { SealError, Sealer } from '../../src/platform/crypto/sealing.ts';
import { pgTool } from '../../src/platform/backup/pg-tools.ts';
import { rotateKeys } from '../../src/rotate-keys.ts';
import { TEST_KEY_ENCRYPTION_KEY } from '../helpers/services.ts';
import { demoIds, loginFrom, newIdNumber, personInput, sql, type DemoIds } from './support.ts';
import { caseInput } from './cases/case-helpers.ts';

const NEW_KEY = 'c3'.repeat(32);
const unique = () => String(Math.floor(Math.random() * 1e8)).padStart(8, '0');

/** Every row of every table of the database as text, and the tables read. */
async function everyRow(t: TestApp): Promise<{ text: string; tables: number }> {
  const tables = await sql<{ name: string }>(
    t,
    `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  let text = '';
  for (const { name } of tables)
    for (const row of await sql<{ r: string }>(t, `select t::text as r from ${name} t`)) text += `${row.r}\n`;
  return { text, tables: tables.length };
}

/** The database as pg_dump writes it (plain SQL), or null without PostgreSQL or pg_dump. */
function dump(t: TestApp): string | null {
  if (t.config.database.kind !== 'postgres') return null;
  const run = spawnSync(pgTool('pg_dump'), [t.config.database.url], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.error) return null; // pg_dump not installed
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

function expectNowhere(text: string, secrets: readonly string[]) {
  for (const secret of secrets) {
    expect(text.includes(secret), `“${secret}” found in the database`).toBe(false);
    expect(text.toLowerCase().includes(secret.toLowerCase()), `“${secret}” found`).toBe(false);
  }
}

describe('personal data sealed at rest (H4)', () => {
  let t: TestApp;
  let ids: DemoIds;
  const person = { idNumber: newIdNumber(), phone: `139${unique()}` };
  const party = {
    idNumber: newIdNumber(),
    phone: `137${unique()}`,
    address: `示范区保密路${unique()}号`,
    corrected: { phone: `136${unique()}`, address: `示范区更正路${unique()}号` },
  };
  let personId: string;
  let caseId: string;
  let partyId: string;

  beforeAll(async () => {
    t = await createTestApp({}, { onDisk: true });
    ids = await demoIds(t);
    const sysadmin = await loginFrom(t, 'sysadmin');
    const created = await sysadmin.post('/api/v1/people', personInput(ids.district, person));
    expect(created.statusCode, created.body).toBe(201);
    personId = (created.json() as { id: string }).id;
    // A second version, so the history holds the phone too.
    const updated = await sysadmin.put(`/api/v1/people/${personId}`, {
      ...personInput(ids.district, person),
      bodyId: undefined,
      name: '保密测试人员',
      version: 1,
      reason: '改名',
    });
    expect(updated.statusCode, updated.body).toBe(200);

    const officer = await loginFrom(t, 'officer1');
    // With an Idempotency-Key, so the response kept for a retry (naming the party) is in the database too.
    const opened = await officer.request({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { 'idempotency-key': 'sealed-personal-data-case' },
      payload: caseInput(ids, {
        parties: [
          {
            role: 'party',
            type: 'person',
            name: '保密当事人',
            idType: '居民身份证',
            idNumber: party.idNumber,
            address: party.address,
            phone: party.phone,
          },
        ],
      }),
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(await sql(t, 'select 1 from idempotency_keys where response is not null')).toHaveLength(1);
    const c = opened.json() as { id: string; version: number; parties: { id: string }[] };
    caseId = c.id;
    partyId = c.parties[0]!.id;
    // A correction: its timeline event and the party's versions carry the old and new values.
    const corrected = await officer.put(`/api/v1/cases/${caseId}/parties/${partyId}`, {
      role: 'party',
      type: 'person',
      name: '保密当事人',
      idType: '居民身份证',
      idNumber: party.idNumber,
      ...party.corrected,
      version: c.version,
      reason: '当事人告知新的联系方式',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
  });

  afterAll(async () => {
    await t?.close();
  });

  const secrets = () => [
    person.idNumber,
    person.phone,
    party.idNumber,
    party.phone,
    party.address,
    party.corrected.phone,
    party.corrected.address,
  ];

  it('stores no ID number, phone or address in any table row, nor in a pg_dump', async () => {
    const { text, tables } = await everyRow(t);
    expect(tables).toBeGreaterThan(20);
    expect(text).toContain('保密当事人'); // the scan does read the parties
    expectNowhere(text, secrets());
    const dumped = dump(t);
    if (dumped !== null) {
      expect(dumped).toContain('保密当事人');
      expectNowhere(dumped, secrets());
    }
  });

  async function expectReadable() {
    const head = await loginFrom(t, 'head1');
    const shown = (await head.get(`/api/v1/people/${personId}`)).json() as Record<string, unknown>;
    expect(shown).toMatchObject({
      idNumber: person.idNumber,
      phone: person.phone,
      personalDataVisible: true,
    });
    const versions = (await head.get(`/api/v1/people/${personId}/versions`)).json() as {
      data: Record<string, unknown>;
    }[];
    expect(versions.map((v) => [v.data.idNumber, v.data.phone])).toEqual([
      [person.idNumber, person.phone],
      [person.idNumber, person.phone],
    ]);
    // A role without people.read_personal sees neither.
    const officer = await loginFrom(t, 'officer1');
    expect((await officer.get(`/api/v1/people/${personId}`)).json()).toMatchObject({
      idNumber: null,
      phone: null,
    });

    const page = (await officer.get(`/api/v1/cases/${caseId}`)).json() as {
      parties: Record<string, unknown>[];
      timeline: { action: string; data: { before: object; after: object } }[];
    };
    expect(page.parties[0]).toMatchObject({ idNumber: party.idNumber, ...party.corrected });
    expect(page.timeline.find((e) => e.action === 'correct_party')?.data).toMatchObject({
      before: { phone: party.phone, address: party.address },
      after: party.corrected,
    });
    const partyVersions = (
      await officer.get(`/api/v1/cases/${caseId}/parties/${partyId}/versions`)
    ).json() as {
      data: Record<string, unknown>;
    }[];
    expect(partyVersions.map((v) => [v.data.idNumber, v.data.phone, v.data.address])).toEqual([
      [party.idNumber, party.phone, party.address],
      [party.idNumber, party.corrected.phone, party.corrected.address],
    ]);

    // Exact search by ID number, in any case; an unknown number finds nobody.
    const found = await head.post('/api/v1/people/lookup', { idNumber: person.idNumber.toLowerCase() });
    expect(found.statusCode, found.body).toBe(200);
    expect((found.json() as { items: { id: string }[] }).items.map((p) => p.id)).toEqual([personId]);
    const nobody = await head.post('/api/v1/people/lookup', { idNumber: newIdNumber() });
    expect(nobody.json()).toEqual({ items: [] });
    expect((await officer.post('/api/v1/people/lookup', { idNumber: person.idNumber })).statusCode).toBe(403);

    // The same ID number twice is still refused, by the unique blind index.
    const sysadmin = await loginFrom(t, 'sysadmin');
    const twin = await sysadmin.post(
      '/api/v1/people',
      personInput(ids.district, { idNumber: person.idNumber }),
    );
    expect(twin.statusCode, twin.body).toBe(409);
    expect(twin.json()).toMatchObject({
      code: 'DUPLICATE',
      details: { constraint: 'people_id_number_index_uq' },
    });
  }

  it('shows them to those who may read them, finds a person by exact ID number and refuses a duplicate', async () => {
    await expectReadable();
  });

  it('seals at start what an install from before H4 stored in the clear, once', async () => {
    // As an earlier release left it: plaintext columns, no index, plaintext versions and party key.
    const legacy = { id: newIdNumber(), phone: `135${unique()}` };
    const [inserted] = await sql<{ id: string }>(
      t,
      `insert into people (body_id, name, gender, id_number, phone) values ($1, '旧版人员', 'male', $2, $3) returning id`,
      [ids.district, legacy.id, legacy.phone],
    );
    const legacyId = inserted!.id;
    await sql(
      t,
      `insert into record_versions (entity_type, entity_id, version, data, reason, author_name)
       values ('person', $1, 1, $2, '旧版', '系统')`,
      [
        legacyId,
        JSON.stringify({ id: legacyId, idNumber: legacy.id, phone: legacy.phone, name: '旧版人员' }),
      ],
    );
    await sql(t, `update cases set party_key = $1 where id = $2`, [party.idNumber, caseId]);
    await sql(t, `delete from platform_settings where key = 'h4.personal_data_sealed'`);
    expect((await everyRow(t)).text).toContain(legacy.phone);

    await t.restart(async () => undefined);
    expectNowhere((await everyRow(t)).text, [...secrets(), legacy.id, legacy.phone]);
    const [row] = await sql<{ id_number_index: string }>(
      t,
      'select id_number_index from people where id = $1',
      [legacyId],
    );
    expect(row!.id_number_index).toBe(idNumberIndex(t.services.sealer, legacy.id));
    const [c] = await sql<{ party_key: string }>(t, 'select party_key from cases where id = $1', [caseId]);
    expect(c!.party_key).toBe(idNumberIndex(t.services.sealer, party.idNumber));
    const head = await loginFrom(t, 'head1');
    const found = await head.post('/api/v1/people/lookup', { idNumber: legacy.id });
    expect((found.json() as { items: { id: string }[] }).items.map((p) => p.id)).toEqual([legacyId]);
    const versions = (await head.get(`/api/v1/people/${legacyId}/versions`)).json() as { data: object }[];
    expect(versions[0]!.data).toMatchObject({ idNumber: legacy.id, phone: legacy.phone });
    await expectReadable();
  });

  it('rotate-keys reseals everything under a new key, safely rerun after stopping past its commit', async () => {
    const old = new Sealer(Buffer.from(TEST_KEY_ENCRYPTION_KEY, 'hex'));
    const fresh = new Sealer(Buffer.from(NEW_KEY, 'hex'));
    let counts: Record<string, number> = {};
    await t.services.ledger.checkpointNow(); // so the ledger's sealed signing key exists
    await t.restart(
      async (config) => {
        const env = { NEW_KEY_ENCRYPTION_KEY: NEW_KEY };
        // Stopped after the commit, before the switch: the rerun finds values under the new key already.
        await expect(
          rotateKeys(config, env, () => {
            throw new Error('stopped');
          }),
        ).rejects.toThrow('stopped');
        counts = (await rotateKeys(config, env)).counts;
        await expect(rotateKeys({ ...config, keyEncryptionKey: NEW_KEY }, env)).rejects.toThrow(/相同/);
      },
      { keyEncryptionKey: NEW_KEY },
    );
    expect(counts.people).toBeGreaterThan(1);
    expect(counts.case_parties).toBeGreaterThan(0);
    expect(counts['party corrections']).toBeGreaterThan(0);
    // Kept responses are forgotten (by the first run): their keyed fingerprints cannot be recomputed.
    expect(await sql(t, 'select 1 from idempotency_keys')).toEqual([]);

    expectNowhere((await everyRow(t)).text, secrets());
    await expectReadable();

    // Nothing opens under the old key any more; the indexes are the new key's.
    const people = await sql<{
      id: string;
      id_number: string | null;
      phone: string | null;
      id_number_index: string | null;
    }>(t, 'select id, id_number, phone, id_number_index from people where id_number is not null');
    expect(people.length).toBeGreaterThan(1);
    for (const p of people) {
      expect(() => old.open(p.id_number!, personalPurpose('people', 'id_number', p.id))).toThrow(SealError);
      const clear = fresh.open(p.id_number!, personalPurpose('people', 'id_number', p.id));
      expect(p.id_number_index).toBe(idNumberIndex(fresh, clear));
      expect(p.id_number_index).not.toBe(idNumberIndex(old, clear));
    }
    const parties = await sql<{ id: string; address: string }>(
      t,
      `select id, address from case_parties where address <> ''`,
    );
    for (const p of parties)
      expect(() => old.open(p.address, personalPurpose('case_parties', 'address', p.id))).toThrow(SealError);
    // The sealed signing keys too.
    const keys = await sql<{ purpose: string; value: string }>(
      t,
      `select 'signing_keys.private_key:' || person_id as purpose, private_key as value from signing_keys
       union all select key, value from platform_settings where key = 'ledger.sm2.private_key'`,
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      expect(() => old.open(k.value, k.purpose)).toThrow(SealError);
      expect(fresh.open(k.value, k.purpose)).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
