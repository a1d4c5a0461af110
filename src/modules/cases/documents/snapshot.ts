// C5 the frozen picture of a case a document is made from: the case as the workbench shows it, the
// body's document settings and the legal basis of its enforcement item, on the document's date.
import { PENALTY_LABELS, type PenaltyKind } from '../../catalog/index.ts';
import { EVIDENCE_TYPE_LABELS, type EvidenceType } from '../evidence/index.ts';
import { hearingFineThresholdFen, type HearingFineThresholds } from '../procedures/penalty/hearing.ts';
import type { CaseKind } from '../machine.ts';
import type { DiscretionRecord } from '../procedures/penalty/model.ts';
import type { CaseSnapshot, SnapshotPenalty } from './template.ts';

export interface DocumentSettingsValues {
  numberPattern: string;
  region: string;
  reviewAuthority: string;
  court: string;
  paymentBank: string;
  /** 较大数额罚款 (行政处罚法第六十三条) as set by the body's province, in fen. */
  hearingFinePersonFen: number;
  hearingFineOrganisationFen: number;
}

/**
 * Defaults from the body's name: a county commission's decisions are reviewed by the people's
 * government at its level (行政复议法 2023 第二十四条) and litigated at the local court.
 */
export function defaultSettings(body: { name: string; shortName: string }): DocumentSettingsValues {
  const region = body.name.replace(/(卫生健康(委员会|局)|卫生健康综合监督执法.*)$/, '') || body.name;
  return {
    numberPattern: '{region}卫{field}{nature}〔{year}〕{seq}号',
    region: body.shortName,
    reviewAuthority: `${region}人民政府`,
    court: `${region}人民法院`,
    paymentBank: '本机关指定的罚没款代收银行',
    hearingFinePersonFen: hearingFineThresholdFen.person,
    hearingFineOrganisationFen: hearingFineThresholdFen.organisation,
  };
}

interface CaseViewLike {
  id: string;
  code: string;
  kind: string;
  kindLabel: string;
  state: string;
  stateLabel: string;
  cause: string;
  field: string;
  fieldLabel: string;
  source: string;
  place: string;
  summary: string;
  openedOn: string;
  record: Record<string, unknown>;
  parties: Array<{
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
  }>;
  officers: Array<{ id: string; name: string; certificateNo: string | null }>;
  evidence: Array<{ seq: number; type: string; title: string; description: string; collectedOn: string }>;
  deadlines: Array<{ key: string; due: string; citation: string; status: string }>;
  documents?: Array<{ template: string; title: string; number: string | null; issuedOn: string }>;
}

export const hearingThresholdsOf = (
  s: Pick<DocumentSettingsValues, 'hearingFinePersonFen' | 'hearingFineOrganisationFen'>,
): HearingFineThresholds => ({
  person: s.hearingFinePersonFen,
  organisation: s.hearingFineOrganisationFen,
});

function penaltyOf(value: unknown): SnapshotPenalty | null {
  if (!value || typeof value !== 'object') return null;
  const p = value as { kinds?: string[]; fineFen?: number | null };
  const kinds = p.kinds ?? [];
  return {
    kinds,
    labels: kinds.map((k) => PENALTY_LABELS[k as PenaltyKind] ?? k),
    fineFen: p.fineFen ?? null,
  };
}

/** The discretion reasoning recorded at 调查终结, in words (the tier, its facts, a reason when outside). */
export function discretionText(record: Record<string, unknown>): string {
  const d = record.discretion as DiscretionRecord | null | undefined;
  if (!d) return '';
  const facts = d.circumstances.replace(/[。；;，,\s]+$/, '');
  const base = `本案${facts ? `${facts}，` : ''}依照裁量基准属“${d.tierLabel}”情形`;
  const reason = d.outsideReason.replace(/[。；;，,\s]+$/, '');
  return d.within || !reason ? `${base}。` : `${base}；拟处罚超出该情形的裁量幅度，理由是：${reason}。`;
}

export function buildSnapshot(
  view: CaseViewLike,
  body: { name: string; shortName: string; address: string; complaintPhone: string },
  settings: DocumentSettingsValues,
  basis: { violated: string; penalty: string; discretion: string } | null,
  today: string,
): CaseSnapshot {
  const r = view.record;
  const deadlines: CaseSnapshot['deadlines'] = {};
  // The open deadline of a key wins over met or replaced ones of the same key.
  for (const d of view.deadlines)
    if (d.status === 'open' || !deadlines[d.key]) deadlines[d.key] = { due: d.due, citation: d.citation };
  return {
    body: {
      name: body.name,
      shortName: settings.region,
      address: body.address,
      phone: body.complaintPhone,
      reviewAuthority: settings.reviewAuthority,
      court: settings.court,
      paymentBank: settings.paymentBank,
      hearingFineThresholdFen: hearingThresholdsOf(settings),
    },
    case: {
      id: view.id,
      code: view.code,
      kind: view.kind as CaseKind,
      kindLabel: view.kindLabel,
      state: view.state,
      stateLabel: view.stateLabel,
      cause: view.cause,
      field: view.field,
      fieldLabel: view.fieldLabel,
      source: view.source,
      place: view.place,
      summary: view.summary,
      openedOn: view.openedOn,
      violatedBasis: basis?.violated ?? '',
      penaltyBasis: basis?.penalty ?? '',
      discretion: discretionText(r) || (basis?.discretion ?? ''),
    },
    record: r,
    proposedPenalty: penaltyOf(r.proposedPenalty ?? r.investigationProposal),
    decidedPenalty: penaltyOf(r.decidedPenalty),
    parties: view.parties.map((p) => ({
      ...p,
      role: p.role as 'party' | 'witness' | 'agent',
      type: p.type as 'person' | 'organisation',
    })),
    officers: view.officers.map((o) => ({
      personId: o.id,
      name: o.name,
      certificateNo: o.certificateNo ?? '',
    })),
    evidence: view.evidence.map((e) => ({
      seq: e.seq,
      type: e.type,
      typeLabel: EVIDENCE_TYPE_LABELS[e.type as EvidenceType] ?? e.type,
      title: e.title,
      description: e.description,
      collectedOn: e.collectedOn,
    })),
    documents: [...(view.documents ?? [])]
      .sort((a, b) => a.issuedOn.localeCompare(b.issuedOn))
      .map((d) => ({ template: d.template, title: d.title, number: d.number, issuedOn: d.issuedOn })),
    deadlines,
    today,
  };
}
