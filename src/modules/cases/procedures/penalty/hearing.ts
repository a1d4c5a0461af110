// C2 行政处罚法第六十三条: which penalties give the party the right to request a hearing. Pure; used by the
// procedure's guard and by the notices printed in documents.

/**
 * Penalty kinds that carry the right to a hearing by themselves (行政处罚法第六十三条: 没收较大数额违法所得、
 * 没收较大价值非法财物, 降低资质等级、吊销许可证件, 责令停产停业、责令关闭、限制从业). The snapshot carries no
 * amount for confiscations, so any confiscation is treated as hearing-eligible: offering the right when
 * not strictly due is harmless, withholding it when due voids the procedure.
 */
export const HEARING_KINDS: readonly string[] = [
  'confiscate_income',
  'confiscate_property',
  'lower_qualification',
  'revoke_licence',
  'order_suspension',
  'order_closure',
  'restrict_employment',
];

export type HearingFineThresholds = Readonly<Record<'person' | 'organisation', number>>;

/**
 * 较大数额罚款 (行政处罚法第六十三条第一款第一项): the fine from which a hearing may be requested, in fen,
 * by party type. The figure is set by each province (人大常委会 or 人民政府), not by the statute, so each
 * body enters its province's figures in its case settings. These defaults, for a body that has not, are
 * deliberately low (2000 / 20000 yuan): offering the right when not due is harmless, withholding it when
 * due voids the procedure.
 */
export const hearingFineThresholdFen: HearingFineThresholds = {
  person: 2_000_00,
  organisation: 20_000_00,
};

/** Whether the penalty gives the party the right to request a hearing (Art. 63). */
export function hearingEligible(
  penalty: { kinds: readonly string[]; fineFen: number | null } | null,
  partyType: 'person' | 'organisation',
  thresholds: HearingFineThresholds = hearingFineThresholdFen,
): boolean {
  if (!penalty) return false;
  if (penalty.kinds.some((k) => HEARING_KINDS.includes(k))) return true;
  return penalty.kinds.includes('fine') && (penalty.fineFen ?? 0) >= thresholds[partyType];
}
