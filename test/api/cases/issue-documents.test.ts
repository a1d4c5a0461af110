// C5 over HTTP: a 简易程序 case decided on the spot, its 当场行政处罚决定书 previewed, issued with the
// party's drawn signature, numbered by the body's scheme, signed by both officers (SM2), frozen and
// hashed; the DOCX (unzipped XML) and the PDF (extracted text) carry the number, the names and the
// remedies; downloads are logged; tampering with the frozen content is detected.
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { docxParts, pdfText, squash } from '../../helpers/documents.ts';
import { generateSm2KeyPair } from '../../../src/platform/crypto/sm.ts';
import { demoIds, expectError, sql, type DemoIds } from '../support.ts';
import { serverToday } from '../../helpers/clock.ts';
import { SIMPLE_SHEET } from './case-helpers.ts';
import { demoBodyName } from '../../helpers/demo.ts';

const year = () => serverToday().slice(0, 4);

/** A tiny valid PNG (a 4×4 grey square), as the signature pad would send it. */
function png(): string {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(4, 0);
  ihdr.writeUInt32BE(4, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 0x80, 0x80, 0x80, 0x80])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]).toString('base64');
}

const flatPdfText = async (buf: Buffer) => squash((await pdfText(buf)).text);

describe('enforcement documents over HTTP', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    const res = await officer.post('/api/v1/cases', {
      kind: 'penalty',
      field: 'public_place',
      cause: '公共场所从业人员未取得有效健康合格证明从事直接为顾客服务的工作',
      source: '日常监督检查',
      place: '示范区人民路 8 号悦来宾馆',
      summary: '现场检查发现服务员李某未取得有效健康合格证明从事客房服务工作',
      enforcementItemCode: 'SFWJ-CF-018',
      leadOfficerId: ids.personOf.officer1,
      officerIds: [ids.personOf.officer1, ids.personOf.officer2],
      parties: [
        {
          role: 'party',
          type: 'organisation',
          name: '示范区悦来宾馆有限公司',
          creditCode: '91350100M000100Y43',
          legalRepresentative: '陈六',
          address: '示范区人民路 8 号',
        },
      ],
      particulars: { violationOn: serverToday(), discoveredOn: serverToday() },
      simple: {
        decidedOn: serverToday(),
        kinds: ['warning', 'fine'],
        fineFen: 200_000,
        document: SIMPLE_SHEET,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    caseId = (res.json() as { id: string }).id;
  });
  afterAll(() => t.close());

  it('lists the penalty templates with prefilled inputs', async () => {
    const res = await officer.get(`/api/v1/cases/${caseId}/document-templates`);
    expect(res.statusCode).toBe(200);
    const list = res.json() as { key: string; numbered: boolean; inputs: { key: string; value: string }[] }[];
    const simple = list.find((x) => x.key === 'simple_penalty_decision')!;
    expect(simple.numbered).toBe(true);
    expect(simple.inputs.find((i) => i.key === 'place')!.value).toBe('示范区人民路 8 号悦来宾馆');
    expect(list.map((x) => x.key)).toContain('penalty_decision');
  });

  it('previews a draft PDF without numbering or storing anything', async () => {
    const before = await sql<{ n: string }>(t, 'select count(*)::text as n from case_documents');
    const res = await officer.post(`/api/v1/cases/${caseId}/documents/preview`, {
      template: 'simple_penalty_decision',
      inputs: { at: `${serverToday()} 10:30` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await flatPdfText(res.rawPayload);
    expect(text).toContain('当场行政处罚决定书');
    expect(text).toContain('草稿');
    expect(await sql<{ n: string }>(t, 'select count(*)::text as n from case_documents')).toEqual(before);
  });

  it('refuses missing inputs, unknown templates, templates of another kind and a bad signature image', async () => {
    // Required inputs with nothing to prefill them: 422 naming them (no blank document is issued).
    expectError(
      await officer.post(`/api/v1/cases/${caseId}/documents`, { template: 'site_record', inputs: {} }),
      422,
      'RULE_VIOLATION',
    );
    expectError(
      await officer.post(`/api/v1/cases/${caseId}/documents`, { template: 'no_such', inputs: {} }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await officer.post(`/api/v1/cases/${caseId}/documents`, {
        template: 'simple_penalty_decision',
        inputs: { at: 'x', bogus: '1' },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await officer.post(`/api/v1/cases/${caseId}/documents`, {
        template: 'simple_penalty_decision',
        inputs: { at: 'x' },
        party: { signaturePng: Buffer.from('not a png at all, just text bytes........').toString('base64') },
      }),
      400,
      'VALIDATION_FAILED',
    );
    // Only the 当场行政处罚决定书 issued with the 简易程序 registration (1号).
    expect(await sql<{ n: string }>(t, 'select count(*)::text as n from case_documents')).toEqual([
      { n: '1' },
    ]);
  });

  it('issues a numbered, signed, frozen decision whose DOCX and PDF carry the number, names and remedies', async () => {
    const res = await officer.post(`/api/v1/cases/${caseId}/documents`, {
      template: 'simple_penalty_decision',
      inputs: { at: `${serverToday()} 10:30` },
      party: { signaturePng: png() },
    });
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json() as {
      id: string;
      number: string;
      contentIntact: boolean;
      signatures: { name: string; certificateNo: string; valid: boolean }[];
      partyConfirmation: string;
      docxSha256: string;
    };
    expect(doc.number).toBe(`示区卫公当罚〔${year()}〕2号`);
    expect(doc.contentIntact).toBe(true);
    expect(doc.partyConfirmation).toBe('signed');
    expect(doc.signatures.map((s) => [s.certificateNo, s.valid])).toEqual([
      [ids.certNumberOf.officer1, true],
      [ids.certNumberOf.officer2, true],
    ]);
    const ledger = await sql<{ action: string; entity_id: string }>(
      t,
      "select action, entity_id from ledger_entries where action = 'case.document_issued' order by seq",
    );
    // After the 当场行政处罚决定书 issued with the registration.
    expect(ledger.at(-1)).toEqual({ action: 'case.document_issued', entity_id: doc.id });
    expect(ledger).toHaveLength(2);

    const docx = await officer.get(`/api/v1/documents/${doc.id}/file/docx`);
    expect(docx.statusCode).toBe(200);
    const { document, media } = await docxParts(docx.rawPayload);
    for (const s of [
      doc.number,
      '当场行政处罚决定书',
      '示范区悦来宾馆有限公司',
      demoBodyName('district'),
      ids.certNumberOf.officer1!,
      // 复议机关: the body's setting (a default drawn from its name).
      ((await officer.get('/api/v1/document-settings')).json() as { reviewAuthority: string })
        .reviewAuthority,
      '六十日',
      '应当先申请行政复议',
    ])
      expect(document).toContain(s);
    expect(media.length).toBe(1);
    const pdf = await officer.get(`/api/v1/documents/${doc.id}/file/pdf`);
    const text = await flatPdfText(pdf.rawPayload);
    for (const s of [
      doc.number,
      '当场行政处罚决定书',
      '示范区悦来宾馆有限公司',
      '人民币2000元',
      '贰仟元整',
      '六十日',
      '应当先申请行政复议',
      '十五日内',
    ])
      expect(text).toContain(s);
    const downloads = await sql<{ n: string }>(
      t,
      "select count(*)::text as n from ledger_entries where action = 'case.document_downloaded'",
    );
    expect(downloads).toEqual([{ n: '2' }]);

    // A second decision of the same series takes the next number.
    const second = await officer.post(`/api/v1/cases/${caseId}/documents`, {
      template: 'simple_penalty_decision',
      inputs: { at: `${serverToday()} 11:00` },
      party: { refusedNote: '当事人拒绝签名，执法人员张三、李四在场见证' },
    });
    expect((second.json() as { number: string; partyConfirmation: string }).number).toBe(
      `示区卫公当罚〔${year()}〕3号`,
    );
    expect((second.json() as { partyConfirmation: string }).partyConfirmation).toBe('refused');

    // The frozen content is sealed to its row (H4): another document's content put in its place is detected.
    await sql(
      t,
      `update case_documents set content = (select content from case_documents where id <> '${doc.id}' limit 1) where id = '${doc.id}'`,
    );
    expect(
      ((await officer.get(`/api/v1/documents/${doc.id}`)).json() as { contentIntact: boolean }).contentIntact,
    ).toBe(false);
  });

  it("keeps the officers' SM2 private keys sealed to each officer; a clear key is sealed at start and refused after", async () => {
    const keys = await sql<{ person_id: string; public_key: string; private_key: string }>(
      t,
      'select person_id, public_key, private_key from signing_keys order by person_id',
    );
    expect(keys.length).toBe(2);
    for (const k of keys) expect(k.private_key).toMatch(/^sm4v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const issue = (at: string) =>
      officer.post(`/api/v1/cases/${caseId}/documents`, {
        template: 'simple_penalty_decision',
        inputs: { at: `${serverToday()} ${at}` },
        party: { refusedNote: '当事人拒绝签名' },
      });
    const documents = async () =>
      (await sql<{ n: string }>(t, 'select count(*)::text as n from case_documents'))[0]!.n;
    const before = await documents();

    // Officer 2's sealed key copied into officer 1's row does not open: it is sealed to officer 2.
    const own = keys.find((k) => k.person_id === ids.personOf.officer1)!;
    const other = keys.find((k) => k.person_id === ids.personOf.officer2)!;
    await sql(
      t,
      `update signing_keys set private_key = '${other.private_key}' where person_id = '${own.person_id}'`,
    );
    expectError(await issue('11:20'), 500, 'INTERNAL');
    await sql(
      t,
      `update signing_keys set private_key = '${own.private_key}' where person_id = '${own.person_id}'`,
    );

    // A key in the clear (an earlier release's, or planted) is refused, and sealed when the server starts.
    const legacy = generateSm2KeyPair();
    await sql(
      t,
      `update signing_keys set public_key = '${legacy.publicKey}', private_key = '${legacy.privateKey}' where person_id = '${own.person_id}'`,
    );
    expectError(await issue('11:25'), 500, 'INTERNAL');
    expect(await documents()).toBe(before);
    await t.services.caseDocuments.prepareSigningKeys();
    const [row] = await sql<{ public_key: string; private_key: string }>(
      t,
      `select public_key, private_key from signing_keys where person_id = '${own.person_id}'`,
    );
    expect(row!.public_key).toBe(legacy.publicKey);
    expect(row!.private_key.startsWith('sm4v1.')).toBe(true);
    expect(row!.private_key).not.toContain(legacy.privateKey);
    const res = await issue('11:30');
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { signatures: { valid: boolean }[] }).signatures.map((s) => s.valid)).toEqual([
      true,
      true,
    ]);
  });

  it('refuses (409) a document whose case changed while it was being made, issuing nothing', async () => {
    type Party = {
      id: string;
      role: string;
      type: string;
      name: string;
      idType: string | null;
      idNumber: string | null;
      creditCode: string | null;
      legalRepresentative: string | null;
      address: string;
      phone: string;
      minor: boolean;
    };
    const c = (await officer.get(`/api/v1/cases/${caseId}`)).json() as { version: number; parties: Party[] };
    const { id: partyId, ...party } = c.parties.find((p) => p.role === 'party')!;
    const before = await sql<{ n: string }>(t, 'select count(*)::text as n from case_documents');
    // A colleague corrects the party's phone after the document was filled and before it is stored:
    // the party's drawn signature is the first thing stored, before the transaction.
    const store = t.services.store;
    const original = store.put.bind(store);
    vi.spyOn(store, 'put').mockImplementationOnce(async (...args: Parameters<typeof store.put>) => {
      const res = await officer.put(`/api/v1/cases/${caseId}/parties/${partyId}`, {
        ...party,
        phone: '0999-6620099',
        version: c.version,
        reason: '电话登记错误',
      });
      expect(res.statusCode, res.body).toBe(200);
      return original(...args);
    });
    const res = await officer.post(`/api/v1/cases/${caseId}/documents`, {
      template: 'simple_penalty_decision',
      inputs: { at: `${serverToday()} 12:00` },
      party: { signaturePng: png() },
    });
    expectError(res, 409, 'VERSION_CONFLICT');
    expect(await sql<{ n: string }>(t, 'select count(*)::text as n from case_documents')).toEqual(before);
    vi.restoreAllMocks();
  });

  it('hides documents of cases the caller may not see', async () => {
    const doc = await sql<{ id: string }>(t, 'select id from case_documents limit 1');
    const publisher = await t.login('publisher1');
    const other = await t.login('officer2');
    expect((await other.get(`/api/v1/documents/${doc[0]!.id}`)).statusCode).toBe(200);
    expectError(await publisher.get(`/api/v1/documents/${doc[0]!.id}/file/pdf`), 404, 'NOT_FOUND');
  });
});
