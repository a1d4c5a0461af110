// H4 over the whole system, on PGlite and (with TEST_DATABASE_URL) PostgreSQL: the ID numbers, phones and
// addresses of people and case parties, the personal text of case steps (an inspection's place and the
// problems found) and issued documents (their content, DOCX and PDF) appear nowhere at rest — not in any
// table's rows, nor in a pg_dump, nor in any file under DATA_DIR (a DOCX unzipped, a PDF's text
// extracted) — while the API still shows them to those who may read them and downloads return the exact
// signed files; an exact search by ID number and the refusal of a duplicate go through the blind index;
// an install upgraded from before (clear rows, clear files) is sealed at start; and after `rotate-keys`
// (rerun after stopping past its commit) everything reads under the new key and nothing opens under the
// old one.
import { documentsFor } from './cases/case-helpers.ts';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { idNumberIndex, personalPurpose } from '../../src/platform/crypto/personal-data.ts';
import { SealError, Sealer } from '../../src/platform/crypto/sealing.ts';
import { rotateKeys } from '../../src/rotate-keys.ts';
import { sealPlaintextPersonalData } from '../../src/sealed-data.ts';
import { dump, everyFile, everyRow, expectNowhere, readableText } from '../helpers/at-rest.ts';
import { serverToday } from '../helpers/clock.ts';
import { TEST_KEY_ENCRYPTION_KEY, TEST_LEDGER_SIGNING_KEY } from '../helpers/services.ts';
import { LEDGER_KEY_PURPOSE, ledgerKeyFile } from '../../src/platform/ledger/signing-key.ts';
import { demoIds, loginFrom, newIdNumber, personInput, sql, type DemoIds } from './support.ts';
import { caseInput } from './cases/case-helpers.ts';

const NEW_KEY = 'c3'.repeat(32);
const unique = () => String(Math.floor(Math.random() * 1e8)).padStart(8, '0');

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Issues the case's 立案报告 (it names the party with ID number, address and phone), inputs filled. */
async function issueFilingReport(officer: Client, caseId: string) {
  const templates = (await officer.get(`/api/v1/cases/${caseId}/document-templates`)).json() as {
    key: string;
    inputs: { key: string; kind: string; required: boolean; value: string }[];
  }[];
  const filing = templates.find((x) => x.key === 'filing_report')!;
  const filler = (kind: string) =>
    kind === 'date' ? serverToday() : kind === 'datetime' ? `${serverToday()} 09:00` : '经核查属实';
  const inputs = Object.fromEntries(
    filing.inputs.filter((i) => i.required || i.value).map((i) => [i.key, i.value || filler(i.kind)]),
  );
  const res = await officer.post(`/api/v1/cases/${caseId}/documents`, { template: 'filing_report', inputs });
  expect(res.statusCode, res.body).toBe(201);
  return { id: (res.json() as { id: string }).id, inputs };
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
  const steps = { place: `示范区检查路${unique()}号`, problems: `从业人员保密${unique()}未取得健康证明` };
  let personId: string;
  let caseId: string;
  let partyId: string;
  let inspectionId: string;
  let documentId: string;
  let filingInputs: Record<string, string>;

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

    // A document naming the party (ID number, corrected address and phone): its content, DOCX and PDF.
    ({ id: documentId, inputs: filingInputs } = await issueFilingReport(officer, caseId));

    // An inspection whose steps record the place inspected and the problems found.
    const inspection = await officer.post(
      '/api/v1/cases',
      caseInput(ids, { kind: 'inspection', cause: '医疗机构依法执业检查', source: '日常监督检查' }),
    );
    expect(inspection.statusCode, inspection.body).toBe(201);
    let step = inspection.json() as { id: string; version: number };
    inspectionId = step.id;
    for (const action of [
      {
        type: 'inspect',
        inspectedOn: serverToday(),
        place: steps.place,
        certificatesShown: true,
        onSiteRecord: true,
      },
      {
        type: 'order_correction',
        issuedOn: serverToday(),
        document: 'supervision_opinion',
        problems: steps.problems,
        deadline: '2027-01-15',
      },
    ]) {
      const res = await officer.post(`/api/v1/cases/${step.id}/actions`, {
        version: step.version,
        action,
        documents: documentsFor('inspection', action),
      });
      expect(res.statusCode, res.body).toBe(200);
      step = res.json() as typeof step;
    }
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
    steps.place,
    steps.problems,
  ];

  /**
   * Nothing under DATA_DIR (the embedded database's files too), or only in the object store, says any of
   * them, and no file there is a clear DOCX or PDF. (Once the test itself wrote clear values into the
   * database, as an earlier release would have, its files may keep them in dead rows: see the README.)
   */
  async function expectNoFileSays(values: readonly string[], only: 'objects' | 'all' = 'all') {
    const storage = t.config.storage;
    const dir = only === 'all' || storage.driver !== 'fs' ? t.config.dataDir : storage.root;
    const { text, files, documents } = await everyFile(dir);
    expect(files).toBeGreaterThan(2); // the documents' two sealed files at least
    expect(documents).toBe(0);
    expectNowhere(text, values, 'a file under DATA_DIR');
  }

  /** The document downloads as the exact files it was issued as, which say what it says. */
  async function expectDocumentReadable(officer: Client) {
    const shown = (await officer.get(`/api/v1/documents/${documentId}`)).json() as {
      contentIntact: boolean;
      docxSha256: string;
      pdfSha256: string;
      signatures: { valid: boolean }[];
    };
    expect(shown.contentIntact).toBe(true);
    expect(shown.signatures.map((x) => x.valid)).toEqual([true, true]);
    for (const format of ['docx', 'pdf'] as const) {
      const file = await officer.get(`/api/v1/documents/${documentId}/file/${format}`);
      expect(file.statusCode).toBe(200);
      expect(sha256(file.rawPayload)).toBe(format === 'docx' ? shown.docxSha256 : shown.pdfSha256);
      // The same scan that finds nothing at rest finds them here: it would see a clear file.
      const text = await readableText(file.rawPayload);
      for (const value of [party.idNumber, party.corrected.address, party.corrected.phone])
        expect(text, `${format} names ${value}`).toContain(value);
    }
  }

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

  it('keeps no clear value in any file under DATA_DIR: the documents are stored sealed', async () => {
    await expectNoFileSays(secrets());
  });

  it('opens the documents and the steps for those who may read them', async () => {
    const officer = await loginFrom(t, 'officer1');
    await expectDocumentReadable(officer);
    // A draft preview too.
    const preview = await officer.post(`/api/v1/cases/${caseId}/documents/preview`, {
      template: 'filing_report',
      inputs: filingInputs,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(await readableText(preview.rawPayload)).toContain(party.idNumber);
    await expectStepsReadable(officer);
  });

  /** The inspection's page shows the place and the problems, in its record and on its timeline. */
  async function expectStepsReadable(officer: Client) {
    const page = (await officer.get(`/api/v1/cases/${inspectionId}`)).json() as {
      record: Record<string, unknown>;
      timeline: { action: string; data: Record<string, unknown> }[];
    };
    expect(page.record).toMatchObject({ place: steps.place, problems: steps.problems });
    expect(page.timeline.find((e) => e.action === 'inspect')?.data).toMatchObject({ place: steps.place });
    expect(page.timeline.find((e) => e.action === 'order_correction')?.data).toMatchObject({
      problems: steps.problems,
    });
  }

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
    // The inspection's place in the clear in its record and on its timeline.
    await sql(t, `update cases set record = jsonb_set(record, '{place}', to_jsonb($1::text)) where id = $2`, [
      steps.place,
      inspectionId,
    ]);
    await sql(
      t,
      `update case_events set data = jsonb_set(data, '{place}', to_jsonb($1::text)) where case_id = $2 and action = 'inspect'`,
      [steps.place, inspectionId],
    );
    // The document's content in the clear, its DOCX and PDF as clear files stored by their SHA-256.
    const officer = await loginFrom(t, 'officer1');
    const [doc] = await sql<{ content: string; docx_key: string; pdf_key: string }>(
      t,
      'select content, docx_key, pdf_key from case_documents where id = $1',
      [documentId],
    );
    const clearContent = t.services.sealer.open(
      doc!.content,
      personalPurpose('case_documents', 'content', documentId),
    );
    for (const format of ['docx', 'pdf'] as const) {
      const file = await officer.get(`/api/v1/documents/${documentId}/file/${format}`);
      expect((await t.services.store.put(file.rawPayload)).key).toBe(
        format === 'docx' ? doc!.docx_key : doc!.pdf_key,
      );
    }
    await sql(
      t,
      `update case_documents set content = $1::jsonb, docx_sealed_key = null, pdf_sealed_key = null where id = $2`,
      [clearContent, documentId],
    );
    await sql(t, `delete from platform_settings where key = 'h4.personal_data_sealed'`);
    expect((await everyRow(t)).text).toContain(legacy.phone);
    expect((await everyRow(t)).text).toContain(steps.place);
    // The file scan sees the clear files (so it would see them later too).
    const before = await everyFile(t.config.dataDir);
    expect(before.documents).toBe(2);
    expect(before.text).toContain(party.idNumber);
    expect(before.text).toContain(party.corrected.address);

    await t.restart(async () => undefined);
    expectNowhere((await everyRow(t)).text, [...secrets(), legacy.id, legacy.phone]);
    await expectNoFileSays(secrets(), 'objects'); // the clear files were removed once sealed
    expect(await t.services.store.has(doc!.docx_key)).toBe(false);
    const reader = await loginFrom(t, 'officer1');
    await expectDocumentReadable(reader);
    await expectStepsReadable(reader);
    // Run again (as a second process starting would, without the marker): only plaintext is touched.
    await sql(t, `delete from platform_settings where key = 'h4.personal_data_sealed'`);
    const again = await sealPlaintextPersonalData(t.services.database, t.services.sealer, t.services.store);
    expect(again).toMatchObject({ 'case documents': 0, 'step events': 0, 'case records': 0, people: 0 });
    expect(
      await sealPlaintextPersonalData(t.services.database, t.services.sealer, t.services.store),
    ).toBeNull();
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
    await t.services.ledger.signHeadNow(); // a signed head before the rotation
    // The ledger's signing key file (an install without LEDGER_SIGNING_KEY keeps it there, sealed).
    const ledgerKey = ledgerKeyFile(t.config.dataDir);
    fs.mkdirSync(path.dirname(ledgerKey), { recursive: true });
    fs.writeFileSync(ledgerKey, `${old.seal(TEST_LEDGER_SIGNING_KEY, LEDGER_KEY_PURPOSE)}\n`);
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
    expect(counts['ledger signing key file']).toBe(1);
    const resealedKey = fs.readFileSync(ledgerKey, 'utf8').trim();
    expect(() => old.open(resealedKey, LEDGER_KEY_PURPOSE)).toThrow(SealError);
    expect(fresh.open(resealedKey, LEDGER_KEY_PURPOSE)).toBe(TEST_LEDGER_SIGNING_KEY);
    expect(fs.existsSync(`${ledgerKey}.new`)).toBe(false);
    // Kept responses are forgotten (by the first run): their keyed fingerprints cannot be recomputed.
    expect(await sql(t, 'select 1 from idempotency_keys')).toEqual([]);

    expectNowhere((await everyRow(t)).text, secrets());
    await expectNoFileSays(secrets(), 'objects');
    const reader = await loginFrom(t, 'officer1');
    await expectDocumentReadable(reader);
    await expectStepsReadable(reader);
    expect(counts['case documents']).toBeGreaterThan(0);
    expect(counts['step events']).toBeGreaterThan(1);
    expect(counts['case records']).toBeGreaterThan(0);
    // The document's content and files open under the new key only; the files under the old key are gone.
    const [doc] = await sql<{ content: string; docx_sealed_key: string; pdf_sealed_key: string }>(
      t,
      'select content, docx_sealed_key, pdf_sealed_key from case_documents where id = $1',
      [documentId],
    );
    const purpose = (part: string) => personalPurpose('case_documents', part, documentId);
    expect(() => old.open(doc!.content, purpose('content'))).toThrow(SealError);
    expect(JSON.parse(fresh.open(doc!.content, purpose('content')))).toMatchObject({
      template: 'filing_report',
    });
    for (const [format, key] of [
      ['docx', doc!.docx_sealed_key],
      ['pdf', doc!.pdf_sealed_key],
    ] as const) {
      const chunks: Buffer[] = [];
      for await (const chunk of await t.services.store.get(key)) chunks.push(chunk as Buffer);
      const sealed = Buffer.concat(chunks);
      expect(() => old.openBytes(sealed, purpose(format))).toThrow(SealError);
      expect(fresh.openBytes(sealed, purpose(format)).length).toBeGreaterThan(1000);
    }
    expect(counts['replaced files removed']).toBeGreaterThanOrEqual(2);
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
    for (const k of keys) {
      expect(() => old.open(k.value, k.purpose)).toThrow(SealError);
      expect(fresh.open(k.value, k.purpose)).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
