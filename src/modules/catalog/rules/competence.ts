// B1 who may enforce an item (实施主体): an item may name the departments the law gives it to — the 2025
// 传染病防治法 gives Art. 104 para. 1 penalties to the 疾病预防控制部门 and para. 2 ones to the 卫生健康主管部门;
// the 2024 公共场所卫生管理条例 has the 疾病预防控制部门 issue licences. A case under an item is refused to a
// body that is none of them. Pure: the caller resolves the citations.
import { AUTHORITY_LABELS, type AuthorityKind } from '../../bodies/index.ts';
import type { ArticleRef } from '../model.ts';

export interface ItemCompetence {
  /** The departments that may enforce the item (any one suffices). */
  authorities: AuthorityKind[];
  /** The articles that give the item to them. */
  basis: ArticleRef[];
}

/** True when the body, acting as `bodyKinds`, may enforce an item; an item naming no departments is open to every health authority. */
export function mayEnforce(
  competence: ItemCompetence | null | undefined,
  bodyKinds: readonly AuthorityKind[],
): boolean {
  if (!competence || competence.authorities.length === 0) return true;
  return competence.authorities.some((k) => bodyKinds.includes(k));
}

const labels = (kinds: readonly AuthorityKind[]) => kinds.map((k) => AUTHORITY_LABELS[k]);

/**
 * The refusal in words, citing the articles (already resolved to display text, e.g.
 * 《中华人民共和国传染病防治法》第一百零四条第一款).
 */
export function competenceRefusal(
  itemName: string,
  competence: ItemCompetence,
  bodyKinds: readonly AuthorityKind[],
  citations: string[],
): string {
  const who = labels(competence.authorities).join('或者');
  const basis = citations.length ? `（${citations.join('、')}）` : '';
  const body = bodyKinds.length ? `本机关为${labels(bodyKinds).join('、')}` : '本机关未登记主管部门类型';
  return `执法事项「${itemName}」依法由${who}实施${basis}，${body}，不能以该事项立案`;
}
