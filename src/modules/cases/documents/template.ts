// C5 enforcement document templates (执法文书). A template turns a frozen snapshot of the case plus the
// officer's inputs into the neutral DocumentModel that platform/documents renders as DOCX and PDF.
// Templates are versioned: an issued document keeps the key and version it was made with, and a new
// version (changed law, changed wording) is added beside the old one, never edited into it.
import type {
  DocumentModel,
  OfficerSignature,
  PartyConfirmation,
} from '../../../platform/documents/model.ts';
import type { CaseKind } from '../machine.ts';
import type { CaseFact } from './completeness.ts';
import type { HearingFineThresholds } from '../procedures/penalty/hearing.ts';

export interface SnapshotParty {
  role: 'party' | 'witness' | 'agent';
  type: 'person' | 'organisation';
  name: string;
  idType: string | null;
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  address: string;
  phone: string;
  minor: boolean;
}

export interface SnapshotOfficer {
  personId: string;
  name: string;
  certificateNo: string;
}

export interface SnapshotPenalty {
  kinds: string[];
  /** Chinese labels of `kinds`, in order (警告、罚款…). */
  labels: string[];
  fineFen: number | null;
}

/** Everything a template may print, taken from the case when the document is made. */
export interface CaseSnapshot {
  body: {
    name: string;
    shortName: string;
    address: string;
    phone: string;
    /** 复议机关 named in the remedies notice (the people's government at the same level or the body above). */
    reviewAuthority: string;
    /** 人民法院 named for litigation and enforcement. */
    court: string;
    /** Where fines are paid (代收机构). */
    paymentBank: string;
    /** 较大数额罚款 of the body's province: decides whether the notice offers a hearing (Art. 63). */
    hearingFineThresholdFen: HearingFineThresholds;
  };
  case: {
    id: string;
    code: string;
    kind: CaseKind;
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
    /** The legal basis cited for the violation and for the penalty (from the enforcement item), as text. */
    violatedBasis: string;
    penaltyBasis: string;
    discretion: string;
  };
  /** The case record of its procedure (penalty: filedOn, proposedPenalty, decidedOn…), as stored. */
  record: Record<string, unknown>;
  proposedPenalty: SnapshotPenalty | null;
  decidedPenalty: SnapshotPenalty | null;
  parties: SnapshotParty[];
  officers: SnapshotOfficer[];
  evidence: Array<{
    seq: number;
    type: string;
    typeLabel: string;
    title: string;
    description: string;
    collectedOn: string;
  }>;
  /** The documents already issued in the case, oldest first (their numbers are quoted by later ones). */
  documents: Array<{ template: string; title: string; number: string | null; issuedOn: string }>;
  /** Open and past deadlines with their due dates, by key. */
  deadlines: Record<string, { due: string; citation: string }>;
  /** The legal date of the document (today, Asia/Shanghai). */
  today: string;
}

/** A field the officer fills for this document (检查情况, 询问内容…). */
export interface TemplateInput {
  key: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'datetime';
  required: boolean;
  /** Prefill from the snapshot, shown in the form and used when the officer leaves it unchanged. */
  prefill?: (s: CaseSnapshot) => string;
  maxLength?: number;
  /** A date the document sets ahead (a deadline, a hearing): it may not lie before the issue day. */
  ahead?: boolean;
}

/** Why the law does not allow a document now, with the article that says so. */
export interface DocumentRefusal {
  reason: string;
  citation: string;
}

export interface BuildContext {
  snapshot: CaseSnapshot;
  inputs: Readonly<Record<string, string>>;
  /** The number given at issue; undefined on a preview (the template prints a placeholder). */
  number?: string;
  officers: OfficerSignature[];
  party?: PartyConfirmation;
}

export interface DocumentTemplate {
  key: string;
  version: number;
  /** First day this version is used (a legal date); the newest version in force on the issue date wins. */
  effectiveFrom: string;
  title: string;
  /** 文书性质 in the number (罚, 告…); null for unnumbered records (笔录, 回执). */
  nature: string | null;
  /** The case kinds it belongs to. */
  kinds: readonly CaseKind[];
  /** Whether the party signs or confirms it (笔录, 回执, 告知书 receipt). */
  partySigns: boolean;
  /** 《卫生行政执法文书规范》 and the statute it follows. */
  basis: string;
  /** The case facts it prints (completeness.ts): issuing is refused while one is missing. */
  needs?: readonly CaseFact[];
  inputs: readonly TemplateInput[];
  /**
   * What the law requires of the case before this document may be issued, beyond its facts being filled
   * (preconditions.ts): a 催告书 only once the payment period has passed unpaid, for instance.
   */
  refuses?(s: CaseSnapshot, read: (key: string) => string): DocumentRefusal | null;
  build(ctx: BuildContext): DocumentModel;
}
