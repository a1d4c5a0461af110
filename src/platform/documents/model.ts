// C5 the neutral shape of an enforcement document (执法文书). Templates in modules/cases build one from
// case data; the renderers turn the same model into DOCX and PDF, so both outputs always say the same.
// Layout follows 《卫生行政执法文书规范》: issuing body and title centred, number on the right, then the
// body, the rights notices, signatures and the date with the seal.

export type Align = 'left' | 'center' | 'right';

export type Block =
  /** Body text. `indent` is the two-character first-line indent of Chinese official prose. */
  | { kind: 'paragraph'; text: string; indent?: boolean; align?: Align; bold?: boolean }
  /** A section heading inside the document (一、违法事实). */
  | { kind: 'heading'; text: string }
  /** Label/value rows (当事人：… 地址：…) drawn as a two-column bordered table. */
  | { kind: 'fields'; rows: ReadonlyArray<{ label: string; value: string }> }
  /** A bordered table with a header row (evidence lists, 卷内目录, 送达回执 rows). */
  | {
      kind: 'table';
      columns: readonly string[];
      rows: ReadonlyArray<readonly string[]>;
      widths?: readonly number[];
    }
  /** A boxed notice (rights notices: 陈述、申辩、听证、复议、诉讼). */
  | { kind: 'notice'; title?: string; text: string }
  /** Officers' electronic signatures and the party's confirmation. */
  | { kind: 'signatures'; officers: readonly OfficerSignature[]; party?: PartyConfirmation; date: string }
  /** The closing lines: issuing body and date (the seal goes over them). */
  | { kind: 'seal'; issuer: string; date: string }
  /** Vertical space, in lines. */
  | { kind: 'spacer'; lines?: number };

export interface OfficerSignature {
  name: string;
  certificateNo: string;
  /** Short fingerprint of the SM2 signature (shown under the name); absent on drafts. */
  signature?: string;
}

export interface PartyConfirmation {
  /** Label before the signature (当事人（签名）/ 被询问人 / 受送达人). */
  label: string;
  name: string;
  /** The drawn signature as a PNG. */
  image?: Uint8Array;
  /** A refusal to sign, noted with the reason and witnesses. */
  refused?: { note: string };
  /** Text the party writes above the signature (以上笔录我看过，与事实相符). */
  statement?: string;
}

export interface DocumentModel {
  /** The issuing body (示范区卫生健康委员会). */
  issuer: string;
  /** Document title (行政处罚决定书). */
  title: string;
  /** Document number (示区卫医罚〔2026〕3号); absent for unnumbered records such as 笔录. */
  number?: string;
  blocks: readonly Block[];
  /** Small print at the bottom of each page (本文书一式两份…). */
  footer?: string;
  /** Marked across the page when the document is a draft or preview (草稿). */
  watermark?: string;
  /** Document properties written into the files. */
  meta?: { subject?: string; keywords?: string; author?: string };
}
