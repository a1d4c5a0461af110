// C5 issuing enforcement documents: fill a template from the frozen case snapshot, number it by the
// body's scheme, sign it with each handling officer's SM2 key, take the party's drawn signature or note a
// refusal, render DOCX and PDF, store both, and append the issue to the ledger — one transaction for the
// number, the row and the ledger entry. Downloads are logged (C10).
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { dbOf, today, withTx, type Ctx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { Sealer } from '../../../platform/crypto/sealing.ts';
import { sm2Sign, sm3Hex } from '../../../platform/crypto/sm.ts';
import {
  renderBoth,
  renderPdf,
  type DocumentModel,
  type OfficerSignature,
} from '../../../platform/documents/index.ts';
import { badRequest, conflict, notFound, unprocessable } from '../../../platform/http/errors.ts';
import { canonicalJson } from '../../../platform/ledger/canonical.ts';
import type { Ledger } from '../../../platform/ledger/ledger.ts';
import type { ObjectStore } from '../../../platform/storage/index.ts';
import type { BodiesService } from '../../bodies/index.ts';
import { citationsText, type CaseLegalBasis, type CatalogService } from '../../catalog/index.ts';
import { CASE_FIELD_ABBREVIATIONS, type CaseField } from '../fields.ts';
import type { CaseKind } from '../machine.ts';
import * as repo from '../repo.ts';
import type { CasesService } from '../service.ts';
import * as documentsRepo from './repo.ts';
import { formatDocumentNumber, seriesOf, validateNumberPattern } from './numbering.ts';
import { templateFor, templatesFor } from './registry.ts';
import { documentRefusals, refuseNotAllowed } from './preconditions.ts';
import { documentsDue } from '../step-requirements.ts';
import {
  documentGaps,
  missingFacts,
  refuseIncomplete,
  refuseUnknownInputs,
  withGapsShown,
} from './completeness.ts';
import { partyConfirmation, type PartyInput } from './party-confirmation.ts';
import { readSettings } from './settings.ts';
import { OfficerSigningKeys } from './signing-keys.ts';
import { buildSnapshot, type DocumentSettingsValues } from './snapshot.ts';
import type { CaseSnapshot, DocumentTemplate } from './template.ts';
import { lawDayOf } from './law-day.ts';
import {
  contentModel,
  keyFingerprint,
  publishedSignature,
  signedFilesOf,
  signedMessageV2,
  type StoredSignature,
} from './signed-message.ts';
import { checkDecisionReviewGate } from './review-gate.ts';
import { contentHashOf, issuedFile, partyIdsOf, sealContent, storeSealedFiles } from './sealing.ts';

export class CaseDocumentsService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly store: ObjectStore,
    private readonly cases: CasesService,
    private readonly bodies: BodiesService,
    private readonly catalog: CatalogService,
    private readonly sealer: Sealer,
  ) {
    this.signingKeys = new OfficerSigningKeys(db, sealer);
  }

  private readonly signingKeys: OfficerSigningKeys;

  /** At start: every stored officer key must open under this process's master key (see signing-keys.ts). */
  prepareSigningKeys(): Promise<void> {
    return this.signingKeys.prepare();
  }

  async settingsOf(ctx: Ctx) {
    return readSettings(dbOf(ctx, this.db), await this.bodies.getBodyInScope(ctx, ctx.actor.bodyId));
  }

  async saveSettings(ctx: Ctx, input: DocumentSettingsValues & { version: number }) {
    const { bodyId } = ctx.actor;
    const problems = validateNumberPattern(input.numberPattern);
    if (problems.length) throw badRequest(problems.join('；'), { field: 'numberPattern' });
    const body = await this.bodies.getBodyInScope(ctx, bodyId);
    return withTx(ctx, this.db, async (tctx) => {
      const { tx } = tctx;
      const current = await readSettings(tx, body);
      if (current.version !== input.version)
        throw conflict('VERSION_CONFLICT', '文书设置已被他人修改，请刷新后重试');
      const { version: _version, ...values } = input;
      const row =
        current.version === 0
          ? await documentsRepo.insertSettings(tx, bodyId, values)
          : await documentsRepo.updateSettingsIfVersion(tx, bodyId, current.version, values);
      if (!row) throw conflict('VERSION_CONFLICT', '文书设置已被他人修改，请刷新后重试');
      await this.ledger.append(tctx, {
        action: 'documents.settings_changed',
        entityType: 'body',
        entityId: bodyId,
        bodyId,
        payload: values,
      });
      return { ...values, version: row.version };
    });
  }

  private async snapshot(
    ctx: Ctx,
    caseId: string,
    day: string,
  ): Promise<{
    snapshot: CaseSnapshot;
    kind: CaseKind;
    settings: DocumentSettingsValues;
    bodyId: string;
    version: number;
    /** The steps the case offers now (to anyone): what its documents are due for. */
    offered: string[];
  }> {
    const view = await this.cases.get(ctx, caseId);
    const body = await this.bodies.getBodyInScope(ctx, view.bodyId);
    const settings = await readSettings(dbOf(ctx, this.db), body);
    // The articles stored when the item was named; older cases read them from the catalogue.
    const stored = (view.record as { legalBasis?: CaseLegalBasis | null }).legalBasis;
    const basis = stored
      ? { violated: citationsText(stored.violated), penalty: citationsText(stored.applied), discretion: '' }
      : view.enforcementItemCode
        ? await this.catalog.basisForItem(
            ctx,
            view.bodyId,
            view.enforcementItemCode,
            lawDayOf(view.record, day),
          )
        : null;
    return {
      snapshot: buildSnapshot(view, body, settings, basis, day),
      kind: view.kind as CaseKind,
      settings,
      bodyId: view.bodyId,
      version: view.version,
      offered: [...view.actions, ...view.actionsForOthers].map((a) => a.type),
    };
  }

  /** The templates of the case's kind in force today, with each input's prefilled value. */
  async templates(ctx: Ctx, caseId: string) {
    const day = today(ctx);
    const { snapshot, kind, offered } = await this.snapshot(ctx, caseId, day);
    const due = documentsDue(kind, offered, await repo.caseHoldings(dbOf(ctx, this.db), caseId));
    // Due now first (in the order of the steps that need them), then the others in the register's order.
    const rank = (key: string) => (due.includes(key) ? due.indexOf(key) : due.length);
    const listed = [...templatesFor(kind, day)].sort((a, b) => rank(a.key) - rank(b.key));
    return listed.map((t) => ({
      key: t.key,
      /** A step offered now needs it and the case does not hold it yet (step-requirements.ts). */
      due: due.includes(t.key),
      /** Why the law does not allow it now (preconditions.ts); empty when it may be issued. */
      refusals: documentRefusals(t, {}, snapshot).map((r) => r.reason),
      title: t.title,
      version: t.version,
      numbered: t.nature !== null,
      partySigns: t.partySigns,
      basis: t.basis,
      /** What the case does not hold yet and no input can supply (issuing is refused until it does). */
      missingFacts: missingFacts(t, snapshot),
      inputs: t.inputs.map((i) => ({
        key: i.key,
        label: i.label,
        kind: i.kind,
        required: i.required,
        maxLength: i.maxLength ?? null,
        value: i.prefill?.(snapshot) ?? '',
      })),
    }));
  }

  private template(kind: CaseKind, key: string, day: string): DocumentTemplate {
    let t: DocumentTemplate;
    try {
      t = templateFor(key, day);
    } catch {
      throw badRequest(`未知的文书模板：${key}`, { field: 'template' });
    }
    if (!t.kinds.includes(kind)) throw badRequest(`“${t.title}”不适用于本类案件`, { field: 'template' });
    return t;
  }

  /** A draft PDF (草稿, no number, no signatures): nothing is stored or numbered. */
  async preview(ctx: Ctx, caseId: string, input: { template: string; inputs: Record<string, string> }) {
    const day = today(ctx);
    const { snapshot, kind } = await this.snapshot(ctx, caseId, day);
    const t = this.template(kind, input.template, day);
    const officers: OfficerSignature[] = snapshot.officers.map(({ name, certificateNo }) => ({
      name,
      certificateNo,
    }));
    const model = t.build({ snapshot, inputs: input.inputs, officers });
    return renderPdf({
      ...withGapsShown(model, documentGaps(t, input.inputs, snapshot, model)),
      watermark: '草稿',
    });
  }

  /**
   * Issues a document. `partOfStep`: inside the transaction of a step that brings it (C2), whose own
   * permission was checked — the head approving 立案 or a decision issues its document with it.
   */
  async issue(
    ctx: Ctx,
    caseId: string,
    input: { template: string; inputs: Record<string, string>; party?: PartyInput },
    { partOfStep = false }: { partOfStep?: boolean } = {},
  ) {
    const day = today(ctx);
    const { snapshot, kind, settings, bodyId, version } = await this.snapshot(ctx, caseId, day);
    const t = this.template(kind, input.template, day);
    checkDecisionReviewGate(t.key, (await this.cases.caseVisibleTo(ctx, caseId)).record);
    refuseUnknownInputs(t, input.inputs);
    refuseIncomplete(t, input.inputs, snapshot);
    refuseNotAllowed(t, input.inputs, snapshot);
    const party = await partyConfirmation(this.store, t, snapshot, input.party);
    return withTx(ctx, this.db, async (tctx) => {
      const { tx } = tctx;
      const c = partOfStep
        ? await this.cases.caseVisibleTo(tctx, caseId)
        : await this.cases.caseForStep(tctx, caseId, 'issue_document', '只有本案执法人员可以签发文书');
      // The document freezes the case as read above: a step or correction since then would make it
      // state what the case no longer says, so the case is held at that version until it is issued.
      if (!(await repo.lockCaseAtVersion(tx, c.id, version)))
        throw conflict('VERSION_CONFLICT', '案件在制作文书期间已被他人更新，请刷新后重新签发');
      if (c.state === 'archived')
        throw unprocessable('RULE_VIOLATION', '案件已归档，不能再制作文书', { rule: 'CASE_ARCHIVED' });
      checkDecisionReviewGate(t.key, c.record);
      let number: string | undefined;
      if (t.nature) {
        const field = CASE_FIELD_ABBREVIATIONS[c.field as CaseField];
        const year = Number(day.slice(0, 4));
        const seq = await repo.nextInSeries(tx, bodyId, `doc:${seriesOf(field, t.nature)}`, year);
        number = formatDocumentNumber(settings.numberPattern, {
          region: settings.region,
          field,
          nature: t.nature,
          year,
          seq,
        });
      }
      // The content every officer signs: the document as filled, before signatures are printed on it.
      const unsigned = t.build({
        snapshot,
        inputs: input.inputs,
        number,
        officers: snapshot.officers.map((o) => ({ name: o.name, certificateNo: o.certificateNo })),
        party: party?.confirmation,
      });
      const content = {
        template: t.key,
        templateVersion: t.version,
        number: number ?? null,
        issuedOn: day,
        inputs: input.inputs,
        snapshot,
        model: contentModel(unsigned),
        party: party?.record ?? null,
      };
      const id = randomUUID();
      const contentHash = sm3Hex(canonicalJson(content));
      const keys = [];
      for (const o of snapshot.officers)
        keys.push({ officer: o, key: await this.signingKeys.keyOf(tx, o.personId) });
      // The files are rendered before anyone signs (each officer's key fingerprint printed under the
      // name), so the signatures cover the very PDF and DOCX issued (signed-message.ts, v2).
      const rendered: DocumentModel = t.build({
        snapshot,
        inputs: input.inputs,
        number,
        officers: keys.map(({ officer, key }) => ({
          name: officer.name,
          certificateNo: officer.certificateNo,
          signature: `SM2 公钥指纹 ${keyFingerprint(key.publicKey)}`,
        })),
        party: party?.confirmation,
      });
      const files = await renderBoth(
        {
          ...rendered,
          footer: [rendered.footer, `文书校验码（SM3）：${contentHash}`].filter(Boolean).join('　'),
        },
        { creationDate: new Date(`${day}T00:00:00+08:00`) },
      );
      const signedFiles = signedFilesOf(id, contentHash, files);
      const message = signedMessageV2(signedFiles);
      const signatures: StoredSignature[] = keys.map(({ officer, key }) => ({
        personId: officer.personId,
        name: officer.name,
        certificateNo: officer.certificateNo,
        publicKey: key.publicKey,
        signature: sm2Sign(message, key.privateKey),
        format: 2,
        message,
      }));
      const stored = await storeSealedFiles(this.store, this.sealer, id, files);
      const row = await documentsRepo.insertDocument(tx, {
        id,
        caseId,
        bodyId,
        template: t.key,
        templateVersion: t.version,
        title: t.title,
        number: number ?? null,
        content: sealContent(this.sealer, id, content),
        contentHash,
        ...stored,
        partyIds: partyIdsOf(snapshot),
        signatures,
        partyConfirmation: party?.record ?? null,
        issuedOn: day,
        issuedBy: ctx.actor.id,
      });
      await this.ledger.append(tctx, {
        action: 'case.document_issued',
        entityType: 'case_document',
        entityId: row.id,
        bodyId,
        payload: {
          caseId,
          template: t.key,
          templateVersion: t.version,
          number: number ?? null,
          contentHash,
          docxSha256: stored.docxKey,
          pdfSha256: stored.pdfKey,
          docxSm3: signedFiles.docxSm3,
          pdfSm3: signedFiles.pdfSm3,
          signatureFormat: 2,
          signers: signatures.map((s) => s.certificateNo),
          party: party?.record.kind ?? null,
        },
      });
      return row;
    });
  }

  private async visibleDocument(ctx: Ctx, id: string) {
    const doc = await documentsRepo.findDocument(dbOf(ctx, this.db), id);
    if (!doc) throw notFound('文书');
    await this.cases.caseVisibleTo(ctx, doc.caseId).catch(() => {
      throw notFound('文书');
    });
    return doc;
  }

  /** The document as its reader opens it (GET), with one audit entry per view (H3). */
  async view(ctx: Ctx, id: string) {
    const doc = await this.visibleDocument(ctx, id);
    await this.ledger.record(ctx, {
      action: 'case.document_viewed',
      entityType: 'case_document',
      entityId: doc.id,
      bodyId: doc.bodyId,
      payload: { template: doc.template },
    });
    return this.present(doc);
  }

  /** The document with each signature checked against the stored content hash. */
  async get(ctx: Ctx, id: string) {
    return this.present(await this.visibleDocument(ctx, id));
  }

  private present(doc: NonNullable<Awaited<ReturnType<typeof documentsRepo.findDocument>>>) {
    const recomputed = contentHashOf(this.sealer, doc);
    const signatures = (doc.signatures as StoredSignature[]).map((s) => publishedSignature(doc, s));
    return {
      id: doc.id,
      caseId: doc.caseId,
      template: doc.template,
      templateVersion: doc.templateVersion,
      title: doc.title,
      number: doc.number,
      issuedOn: doc.issuedOn,
      contentHash: doc.contentHash,
      contentIntact: recomputed === doc.contentHash,
      docxSha256: doc.docxKey,
      pdfSha256: doc.pdfKey,
      signatures,
      partyConfirmation: (doc.partyConfirmation as { kind: string } | null)?.kind ?? null,
    };
  }

  async download(
    ctx: Ctx,
    id: string,
    format: 'docx' | 'pdf',
  ): Promise<{ stream: Readable; filename: string; contentType: string }> {
    const doc = await this.visibleDocument(ctx, id);
    const key = format === 'docx' ? doc.docxKey : doc.pdfKey;
    await this.ledger.record(ctx, {
      action: 'case.document_downloaded',
      entityType: 'case_document',
      entityId: doc.id,
      bodyId: doc.bodyId,
      payload: { format, sha256: key },
    });
    return {
      stream: Readable.from([await issuedFile(this.store, this.sealer, doc, format)]),
      filename: `${doc.number ?? doc.title}.${format}`,
      contentType:
        format === 'docx'
          ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
          : 'application/pdf',
    };
  }
}
