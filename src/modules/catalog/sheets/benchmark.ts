// B3 裁量基准: one row per tier; rows with the same 基准编码 form one benchmark. Money is in yuan.
import {
  tier,
  penalty,
  yuan,
  parseYuan,
  str,
  splitLines,
  refs,
  EFFECTIVE,
  money,
  type Flat,
  type KindSheet,
} from './cells.ts';
import { TIER_LABELS, type ArticleRef, type FineRule, type TierRule } from '../model.ts';

const FINE_KINDS = {
  fixed: '固定金额',
  illegal_income: '违法所得倍数',
  goods_value: '货值金额倍数',
} as const;
const FINE_CELLS = [
  '罚款下限(元)',
  '罚款上限(元)',
  '倍数下限',
  '倍数上限',
  '不足金额(元)',
  '不足时下限(元)',
  '不足时上限(元)',
];

function fineToCells(f: FineRule | null): Flat {
  if (!f) return { 罚款方式: '' };
  if (f.kind === 'fixed')
    return { 罚款方式: FINE_KINDS.fixed, '罚款下限(元)': yuan(f.minFen), '罚款上限(元)': yuan(f.maxFen) };
  return {
    罚款方式: FINE_KINDS[f.base],
    倍数下限: String(f.minMultiple),
    倍数上限: String(f.maxMultiple),
    '不足金额(元)': yuan(f.fallback?.belowFen),
    '不足时下限(元)': yuan(f.fallback?.minFen),
    '不足时上限(元)': yuan(f.fallback?.maxFen),
  };
}

function fineFromCells(v: Flat, err: (c: string, m: string) => void): FineRule | null {
  const money = (h: string) => {
    const r = parseYuan(v[h] ?? '');
    if (r === undefined) err(h, '金额格式不正确（元，最多两位小数）');
    return r ?? null;
  };
  const way = v['罚款方式'] ?? '';
  if (!way) {
    const stray = FINE_CELLS.filter((h) => v[h]);
    if (stray.length) err('罚款方式', `填写了${stray.join('、')}，须同时填写罚款方式`);
    return null;
  }
  if (way === FINE_KINDS.fixed) {
    const [minCell, maxCell] = [parseYuan(v['罚款下限(元)'] ?? ''), parseYuan(v['罚款上限(元)'] ?? '')];
    const min = money('罚款下限(元)');
    const max = money('罚款上限(元)');
    if (minCell === null || maxCell === null)
      err(minCell === null ? '罚款下限(元)' : '罚款上限(元)', '固定金额须填写下限和上限');
    return { kind: 'fixed', minFen: min ?? 0, maxFen: max ?? 0 };
  }
  const base =
    way === FINE_KINDS.illegal_income
      ? 'illegal_income'
      : way === FINE_KINDS.goods_value
        ? 'goods_value'
        : null;
  if (!base) {
    err('罚款方式', `应为：${Object.values(FINE_KINDS).join('、')}`);
    return null;
  }
  const mult = (h: string) => {
    const n = Number(v[h]);
    if (!v[h] || !Number.isFinite(n) || n < 0) err(h, '应为非负数');
    return n;
  };
  const rule: FineRule = {
    kind: 'multiple',
    base,
    minMultiple: mult('倍数下限'),
    maxMultiple: mult('倍数上限'),
  };
  const below = money('不足金额(元)');
  if (below !== null)
    rule.fallback = {
      belowFen: below,
      minFen: money('不足时下限(元)') ?? 0,
      maxFen: money('不足时上限(元)') ?? 0,
    };
  return rule;
}

export const benchmark: KindSheet = {
  codeHeader: '基准编码',
  sheetName: '行政处罚裁量基准',
  headers: [
    { header: '序号', width: 6 },
    { header: '基准编码', required: true, width: 14 },
    { header: '违法行为', required: true, width: 40 },
    { header: '所属领域' },
    { header: '违法依据', width: 30 },
    { header: '处罚依据', required: true, width: 30 },
    { header: '裁量阶次', required: true },
    { header: '适用情形', width: 40 },
    { header: '处罚种类', width: 20 },
    { header: '罚款方式' },
    money('罚款下限(元)'),
    money('罚款上限(元)'),
    { header: '倍数下限', cell: 'number' },
    { header: '倍数上限', cell: 'number' },
    money('不足金额(元)'),
    money('不足时下限(元)'),
    money('不足时上限(元)'),
    { header: '备注', width: 24 },
    EFFECTIVE,
  ],
  toRows: (code, d, ctx) =>
    (d.tiers as TierRule[]).map((t) => ({
      基准编码: code,
      违法行为: str(d.violation),
      所属领域: str(d.category),
      违法依据: ctx.cite(d.violatedArticles as ArticleRef[]),
      处罚依据: ctx.cite(d.penaltyArticles as ArticleRef[]),
      裁量阶次: tier.label(t.tier),
      适用情形: t.conditions.join('\n'),
      处罚种类: penalty.list(t.penalties),
      ...fineToCells(t.fine),
      备注: t.note ?? '',
    })),
  fromRows: (rows, ctx, errors) => {
    const groups = new Map<string, { rowNumber: number; values: Flat }[]>();
    for (const r of rows)
      groups.set(r.values['基准编码'] ?? '', [...(groups.get(r.values['基准编码'] ?? '') ?? []), r]);
    return [...groups.entries()].map(([code, group]) => {
      const first = group[0]!;
      const err = (row: number) => (column: string, message: string) => errors.push({ row, column, message });
      for (const g of group.slice(1)) {
        if (g.values['违法行为'] !== first.values['违法行为'])
          err(g.rowNumber)('违法行为', `同一基准编码 ${code} 的违法行为应一致`);
      }
      const tiers: TierRule[] = group.map(({ rowNumber, values }) => {
        const e = err(rowNumber);
        const t = tier.parse(values['裁量阶次'] ?? '');
        if (!t) e('裁量阶次', `应为：${Object.values(TIER_LABELS).join('、')}`);
        const penalties = penalty.parseList(values['处罚种类'] ?? '', (bad) =>
          e('处罚种类', `未知处罚种类「${bad}」`),
        );
        const fine = fineFromCells(values, e);
        return {
          tier: t!,
          conditions: splitLines(values['适用情形'] ?? ''),
          penalties,
          fine,
          ...(values['备注'] ? { note: values['备注'] } : {}),
        };
      });
      const e = err(first.rowNumber);
      return {
        rowNumber: first.rowNumber,
        rowNumbers: group.map((g) => g.rowNumber),
        code,
        effectiveFrom: first.values['生效日期'] || undefined,
        data: {
          violation: first.values['违法行为'],
          category: first.values['所属领域'] ?? '',
          violatedArticles: refs(ctx, first.values['违法依据'], '违法依据', e),
          penaltyArticles: refs(ctx, first.values['处罚依据'], '处罚依据', e),
          tiers,
        },
      };
    });
  },
};
