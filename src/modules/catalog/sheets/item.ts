// B2 行政执法事项清单: one row per enforcement item.
import {
  authority,
  category,
  str,
  perRow,
  refs,
  EFFECTIVE,
  type Flat,
  type KindSheet,
  type SheetContext,
} from './cells.ts';
import { AUTHORITY_LABELS, CATEGORY_LABELS } from '../../bodies/index.ts';
import { type ArticleRef } from '../model.ts';
import type { ItemCompetence } from '../rules/competence.ts';

/** 实施部门 and its 依据 go together: both empty (any health authority) or both filled. */
function competenceOf(v: Flat, ctx: SheetContext, err: (c: string, m: string) => void) {
  const who = v['实施部门'] ?? '';
  const basis = v['实施部门依据'] ?? '';
  if (!who && !basis) return null;
  const authorities = authority.parseList(who, (bad) =>
    err('实施部门', `未知的实施部门「${bad}」，应为：${Object.values(AUTHORITY_LABELS).join('、')}`),
  );
  if (!authorities.length) err('实施部门', '填写实施部门依据时须填写实施部门');
  const refsOf = refs(ctx, basis, '实施部门依据', err);
  if (!refsOf.length) err('实施部门依据', '填写实施部门时须引用规定实施部门的条款');
  return { authorities, basis: refsOf };
}

export const item: KindSheet = {
  codeHeader: '事项编码',
  sheetName: '行政执法事项清单',
  headers: [
    { header: '序号', width: 6 },
    { header: '事项编码', required: true, width: 16 },
    { header: '事项名称', required: true, width: 36 },
    { header: '事项类别', required: true },
    { header: '所属领域' },
    { header: '实施依据', width: 40 },
    { header: '依据说明', width: 24 },
    { header: '裁量基准', width: 14 },
    { header: '承办机构', width: 16 },
    { header: '办理时限', width: 16 },
    { header: '事项说明', width: 30 },
    { header: '实施部门', width: 18 },
    { header: '实施部门依据', width: 30 },
    EFFECTIVE,
  ],
  toRows: (code, d, ctx) => {
    const competence = d.competence as ItemCompetence | null | undefined;
    return [
      {
        事项编码: code,
        事项名称: str(d.name),
        事项类别: category.label(d.category as never),
        所属领域: str(d.field),
        实施依据: ctx.cite(d.basis as ArticleRef[]),
        依据说明: str(d.basisText),
        裁量基准: str(d.benchmarkCode),
        承办机构: str(d.handlingUnit),
        办理时限: str(d.timeLimit),
        事项说明: str(d.description),
        实施部门: competence ? authority.list(competence.authorities) : '',
        实施部门依据: competence ? ctx.cite(competence.basis) : '',
      },
    ];
  },
  fromRows: perRow('事项编码', (v, ctx, err) => {
    const cat = category.parse(v['事项类别'] ?? '');
    if (!cat) err('事项类别', `应为：${Object.values(CATEGORY_LABELS).join('、')}`);
    return {
      name: v['事项名称'],
      category: cat,
      field: v['所属领域'] ?? '',
      basis: refs(ctx, v['实施依据'], '实施依据', err),
      basisText: v['依据说明'] ?? '',
      benchmarkCode: v['裁量基准'] || null,
      handlingUnit: v['承办机构'] ?? '',
      timeLimit: v['办理时限'] ?? '',
      description: v['事项说明'] ?? '',
      competence: competenceOf(v, ctx, err),
    };
  }),
};
