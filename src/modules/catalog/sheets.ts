// B1–B8 spreadsheet layouts, in the columns agencies use (序号, 事项名称, 事项类别, 实施依据, 裁量基准,
// 承办机构, 办理时限 …). Each kind maps its entries to flat rows and back; a benchmark takes one row per
// tier (rows with the same 基准编码 form one benchmark). Cells are text both ways; money is in yuan.
import { CATEGORIES, CATEGORY_LABELS } from '../bodies/rules.ts';
import type { CellError } from '../../platform/xlsx/table.ts';
import {
  PENALTY_LABELS,
  REVIEW_FLAG_LABELS,
  TIER_LABELS,
  type ArticleRef,
  type FineRule,
  type ReviewCondition,
  type TierRule,
} from './model.ts';
import type { CatalogKind } from './types.ts';

export type Flat = Record<string, string>;
export interface SheetContext {
  cite(refs: ArticleRef[]): string;
  parseCite(text: string): { refs: ArticleRef[]; problems: string[] };
}
export interface BuiltEntry {
  rowNumber: number;
  /** Every spreadsheet row the entry came from (a benchmark spans one row per tier). */
  rowNumbers: number[];
  code: string;
  data: Record<string, unknown>;
  effectiveFrom?: string;
}
export interface KindSheet {
  sheetName: string;
  codeHeader: string;
  headers: { header: string; required?: boolean; width?: number }[];
  toRows(code: string, data: Record<string, unknown>, ctx: SheetContext): Flat[];
  fromRows(rows: { rowNumber: number; values: Flat }[], ctx: SheetContext, errors: CellError[]): BuiltEntry[];
}

// Lists of short labels are written "警告、罚款"; labels that contain 、 or ， themselves (the review flags)
// are listed one per line instead.
const labelled = <K extends string>(labels: Record<K, string>, multiline = false) => {
  const byLabel = new Map(Object.entries(labels).map(([k, v]) => [v as string, k as K]));
  return {
    label: (k: K) => labels[k],
    parse: (s: string) => byLabel.get(s.trim()),
    list: (keys: K[]) => keys.map((k) => labels[k]).join(multiline ? '\n' : '、'),
    parseList: (s: string, bad: (v: string) => void) =>
      s
        .split(multiline ? /[;；\n]+/ : /[、,，;；\s]+/)
        .map((v) => v.trim())
        .filter(Boolean)
        .flatMap((v) => {
          const k = byLabel.get(v);
          if (!k) bad(v);
          return k ? [k] : [];
        }),
  };
};
const category = labelled(
  Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]])) as Record<
    (typeof CATEGORIES)[number],
    string
  >,
);
const tier = labelled(TIER_LABELS);
const penalty = labelled(PENALTY_LABELS);
const flag = labelled(REVIEW_FLAG_LABELS, true);

export const yuan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '' : (fen / 100).toFixed(2);
/** '2,000.50' → 200050; null for empty; undefined (an error) for anything else. */
export function parseYuan(s: string): number | null | undefined {
  const t = s.replace(/[,，\s]/g, '');
  if (!t) return null;
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(t)) return undefined;
  const [whole, frac = ''] = t.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}
/** A stored text field as a cell; entries are zod-validated, so anything else is absent. */
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const yes = (b: unknown) => (b ? '是' : '');
const lines = (list: unknown) => ((list as string[] | undefined) ?? []).join('\n');
const splitLines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Builds one entry per row (kinds with one row per entry), reporting duplicate codes. */
function perRow(
  codeHeader: string,
  build: (
    v: Flat,
    ctx: SheetContext,
    err: (column: string, message: string) => void,
  ) => Record<string, unknown>,
) {
  return (
    rows: { rowNumber: number; values: Flat }[],
    ctx: SheetContext,
    errors: CellError[],
  ): BuiltEntry[] => {
    const seen = new Map<string, number>();
    return rows.map(({ rowNumber, values }) => {
      const err = (column: string, message: string) => errors.push({ row: rowNumber, column, message });
      const code = values[codeHeader] ?? '';
      if (seen.has(code)) err(codeHeader, `与第 ${seen.get(code)} 行重复`);
      seen.set(code, rowNumber);
      return {
        rowNumber,
        rowNumbers: [rowNumber],
        code,
        data: build(values, ctx, err),
        effectiveFrom: values['生效日期'] || undefined,
      };
    });
  };
}

function refs(
  ctx: SheetContext,
  text: string | undefined,
  column: string,
  err: (c: string, m: string) => void,
) {
  const r = ctx.parseCite(text ?? '');
  r.problems.forEach((p) => err(column, p));
  return r.refs;
}

const EFFECTIVE = { header: '生效日期', width: 12 };

const item: KindSheet = {
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
    EFFECTIVE,
  ],
  toRows: (code, d, ctx) => [
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
    },
  ],
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
    };
  }),
};

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

const benchmark: KindSheet = {
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
    { header: '罚款下限(元)' },
    { header: '罚款上限(元)' },
    { header: '倍数下限' },
    { header: '倍数上限' },
    { header: '不足金额(元)' },
    { header: '不足时下限(元)' },
    { header: '不足时上限(元)' },
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

const inspection: KindSheet = {
  codeHeader: '事项编码',
  sheetName: '随机抽查事项清单',
  headers: [
    { header: '序号', width: 6 },
    { header: '事项编码', required: true, width: 14 },
    { header: '抽查事项', required: true, width: 30 },
    { header: '抽查依据', width: 36 },
    { header: '依据说明', width: 20 },
    { header: '抽查对象', required: true, width: 20 },
    { header: '抽查内容', width: 36 },
    { header: '抽查方式', width: 16 },
    { header: '抽查比例' },
    { header: '比例(%)' },
    { header: '抽查频次' },
    { header: '所属领域' },
    EFFECTIVE,
  ],
  toRows: (code, d, ctx) => [
    {
      事项编码: code,
      抽查事项: str(d.name),
      抽查依据: ctx.cite(d.basis as ArticleRef[]),
      依据说明: str(d.basisText),
      抽查对象: str(d.targetType),
      抽查内容: str(d.content),
      抽查方式: str(d.method),
      抽查比例: str(d.ratio),
      '比例(%)': str(d.ratioPercent),
      抽查频次: str(d.frequency),
      所属领域: str(d.field),
    },
  ],
  fromRows: perRow('事项编码', (v, ctx, err) => {
    const pct = v['比例(%)'] ? Number(v['比例(%)']) : null;
    if (pct !== null && !(pct >= 0 && pct <= 100)) err('比例(%)', '应为 0–100 之间的数');
    return {
      name: v['抽查事项'],
      basis: refs(ctx, v['抽查依据'], '抽查依据', err),
      basisText: v['依据说明'] ?? '',
      targetType: v['抽查对象'],
      content: v['抽查内容'] ?? '',
      method: v['抽查方式'] ?? '',
      ratio: v['抽查比例'] ?? '',
      ratioPercent: pct,
      frequency: v['抽查频次'] ?? '',
      field: v['所属领域'] ?? '',
    };
  }),
};

const AV_REQ = { full: '全过程记录', as_needed: '根据需要记录' } as const;
const AV_SCENE = { on_site: '执法现场', case_room: '办案场所' } as const;
const av: KindSheet = {
  codeHeader: '编码',
  sheetName: '音像记录事项清单',
  headers: [
    { header: '序号', width: 6 },
    { header: '编码', required: true, width: 12 },
    { header: '执法活动', required: true, width: 30 },
    { header: '记录要求', required: true, width: 14 },
    { header: '场景' },
    { header: '适用范围', width: 36 },
    { header: '依据', width: 30 },
    { header: '相关文书', width: 24 },
    EFFECTIVE,
  ],
  toRows: (code, d) => [
    {
      编码: code,
      执法活动: str(d.name),
      记录要求: AV_REQ[d.requirement as keyof typeof AV_REQ],
      场景: AV_SCENE[(d.scene ?? 'on_site') as keyof typeof AV_SCENE],
      适用范围: str(d.scope),
      依据: str(d.basisText),
      相关文书: ((d.documents as string[] | undefined) ?? []).join('、'),
    },
  ],
  fromRows: perRow('编码', (v, _ctx, err) => {
    const requirement = labelled(AV_REQ).parse(v['记录要求'] ?? '');
    if (!requirement) err('记录要求', `应为：${Object.values(AV_REQ).join('、')}`);
    const scene = v['场景'] ? labelled(AV_SCENE).parse(v['场景']) : 'on_site';
    if (!scene) err('场景', `应为：${Object.values(AV_SCENE).join('、')}`);
    return {
      name: v['执法活动'],
      requirement,
      scene,
      scope: v['适用范围'] ?? '',
      basisText: v['依据'] ?? '',
      documents: (v['相关文书'] ?? '')
        .split(/[、,，]/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
  }),
};

const review: KindSheet = {
  codeHeader: '编码',
  sheetName: '重大执法决定法制审核目录',
  headers: [
    { header: '序号', width: 6 },
    { header: '编码', required: true, width: 12 },
    { header: '审核情形', required: true, width: 40 },
    { header: '依据', width: 30 },
    { header: '执法类别' },
    { header: '普通程序' },
    { header: '处罚种类', width: 20 },
    { header: '个人罚款达到(元)' },
    { header: '单位罚款达到(元)' },
    { header: '没收金额达到(元)' },
    { header: '经过听证' },
    { header: '超出裁量基准' },
    { header: '情形标志', width: 30 },
    EFFECTIVE,
  ],
  toRows: (code, d) => {
    const c = d.conditions as ReviewCondition[];
    const find = <K extends ReviewCondition['kind']>(k: K) =>
      c.filter((x): x is Extract<ReviewCondition, { kind: K }> => x.kind === k);
    return [
      {
        编码: code,
        审核情形: str(d.name),
        依据: str(d.basis),
        执法类别: find('category')
          .flatMap((x) => x.anyOf)
          .map((k) => CATEGORY_LABELS[k as never] ?? k)
          .join('、'),
        普通程序: yes(find('procedure').length),
        处罚种类: penalty.list(find('penalty_kind').flatMap((x) => x.anyOf)),
        '个人罚款达到(元)': yuan(find('fine_at_least').find((x) => x.partyType === 'person')?.fen),
        '单位罚款达到(元)': yuan(find('fine_at_least').find((x) => x.partyType === 'organisation')?.fen),
        '没收金额达到(元)': yuan(find('confiscation_at_least')[0]?.fen),
        经过听证: yes(find('hearing_held').length),
        超出裁量基准: yes(find('outside_benchmark').length),
        情形标志: flag.list(find('flag').map((x) => x.flag)),
      },
    ];
  },
  fromRows: perRow('编码', (v, _ctx, err) => {
    const conditions: ReviewCondition[] = [];
    const cats = category.parseList(v['执法类别'] ?? '', (bad) => err('执法类别', `未知执法类别「${bad}」`));
    if (cats.length) conditions.push({ kind: 'category', anyOf: cats });
    if (v['普通程序'] === '是') conditions.push({ kind: 'procedure', procedure: 'general' });
    const kinds = penalty.parseList(v['处罚种类'] ?? '', (bad) => err('处罚种类', `未知处罚种类「${bad}」`));
    if (kinds.length) conditions.push({ kind: 'penalty_kind', anyOf: kinds });
    for (const [h, partyType] of [
      ['个人罚款达到(元)', 'person'],
      ['单位罚款达到(元)', 'organisation'],
    ] as const) {
      const fen = parseYuan(v[h] ?? '');
      if (fen === undefined) err(h, '金额格式不正确（元，最多两位小数）');
      else if (fen !== null) conditions.push({ kind: 'fine_at_least', partyType, fen });
    }
    const conf = parseYuan(v['没收金额达到(元)'] ?? '');
    if (conf === undefined) err('没收金额达到(元)', '金额格式不正确（元，最多两位小数）');
    else if (conf !== null) conditions.push({ kind: 'confiscation_at_least', fen: conf });
    if (v['经过听证'] === '是') conditions.push({ kind: 'hearing_held' });
    if (v['超出裁量基准'] === '是') conditions.push({ kind: 'outside_benchmark' });
    for (const f of flag.parseList(v['情形标志'] ?? '', (bad) => err('情形标志', `未知情形「${bad}」`)))
      conditions.push({ kind: 'flag', flag: f });
    if (!conditions.length) err('审核情形', '至少填写一个条件列');
    return { name: v['审核情形'], basis: v['依据'] ?? '', conditions };
  }),
};

interface Step {
  id: string;
  name: string;
  actor?: string;
  timeLimit?: string;
  description?: string;
  next: string[];
}

// One step per line: "[id] 名称｜办理主体｜时限｜说明｜下一步：id,id". The id and the 下一步 part keep the
// flowchart's branches and loops; without them steps get ids s1, s2… and run in line order.
function formatSteps(steps: Step[]): string {
  return steps
    .map(
      (s) =>
        `[${s.id}] ${[s.name, s.actor ?? '', s.timeLimit ?? '', s.description ?? ''].join('｜')}｜下一步：${s.next.join(',')}`,
    )
    .join('\n');
}

function parseSteps(cell: string, err: (message: string) => void): Step[] {
  const lines = splitLines(cell);
  const steps = lines.map((line, i) => {
    const m = /^\[([A-Za-z0-9_-]{1,30})\]\s*(.*)$/.exec(line);
    const parts = (m ? m[2]! : line).split(/[｜|]/).map((s) => s.trim());
    const nextPart =
      parts.length > 4 && /^下一步[:：]/.test(parts.at(-1)!)
        ? parts.pop()!.replace(/^下一步[:：]/, '')
        : null;
    const [name = '', actor = '', timeLimit = '', description = ''] = parts;
    if (!name) err(`第 ${i + 1} 步缺少名称`);
    const next =
      nextPart === null
        ? i + 1 < lines.length
          ? [`s${i + 2}`]
          : []
        : nextPart
            .split(/[,，]/)
            .map((x) => x.trim())
            .filter(Boolean);
    return { id: m ? m[1]! : `s${i + 1}`, name, actor, timeLimit, description, next };
  });
  const ids = new Set(steps.map((s) => s.id));
  if (ids.size !== steps.length) err('步骤编号重复');
  for (const s of steps)
    for (const n of s.next) if (!ids.has(n)) err(`步骤「${s.name}」的下一步 ${n} 不存在`);
  return steps;
}

const guide: KindSheet = {
  codeHeader: '编码',
  sheetName: '服务指南',
  headers: [
    { header: '序号', width: 6 },
    { header: '编码', required: true, width: 12 },
    { header: '事项名称', required: true, width: 30 },
    { header: '对应执法事项' },
    { header: '设定依据', width: 30 },
    { header: '依据说明', width: 20 },
    { header: '办理机构', width: 20 },
    { header: '优惠政策' },
    { header: '申请材料', width: 40 },
    { header: '办理流程', width: 40 },
    { header: '办理时限' },
    { header: '收费' },
    { header: '监督' },
    { header: '责任追究' },
    { header: '救济途径' },
    { header: '办公时间' },
    { header: '地址' },
    { header: '电话' },
    EFFECTIVE,
  ],
  toRows: (code, d, ctx) => [
    {
      编码: code,
      事项名称: str(d.name),
      对应执法事项: str(d.itemCode),
      设定依据: ctx.cite(d.basis as ArticleRef[]),
      依据说明: str(d.basisText),
      办理机构: str(d.handlingBody),
      优惠政策: str(d.preferentialPolicies),
      申请材料: lines(d.materials),
      办理流程: formatSteps((d.steps as Step[] | undefined) ?? []),
      办理时限: str(d.timeLimit),
      收费: str(d.fee),
      监督: str(d.supervision),
      责任追究: str(d.accountability),
      救济途径: str(d.remedies),
      办公时间: str(d.officeHours),
      地址: str(d.address),
      电话: str(d.phone),
    },
  ],
  fromRows: perRow('编码', (v, ctx, err) => {
    const steps = parseSteps(v['办理流程'] ?? '', (m) => err('办理流程', m));
    return {
      name: v['事项名称'],
      itemCode: v['对应执法事项'] ?? '',
      basis: refs(ctx, v['设定依据'], '设定依据', err),
      basisText: v['依据说明'] ?? '',
      handlingBody: v['办理机构'] ?? '',
      preferentialPolicies: v['优惠政策'] ?? '',
      materials: splitLines(v['申请材料'] ?? ''),
      steps,
      timeLimit: v['办理时限'] ?? '',
      fee: v['收费'] ?? '',
      supervision: v['监督'] ?? '',
      accountability: v['责任追究'] ?? '',
      remedies: v['救济途径'] ?? '',
      officeHours: v['办公时间'] ?? '',
      address: v['地址'] ?? '',
      phone: v['电话'] ?? '',
    };
  }),
};

const complaint: KindSheet = {
  codeHeader: '编码',
  sheetName: '监督举报渠道',
  headers: [
    { header: '序号', width: 6 },
    { header: '编码', required: true, width: 12 },
    { header: '方式', required: true, width: 20 },
    { header: '地址', width: 36 },
    { header: '受理条件', width: 36 },
    { header: '受理时间', width: 20 },
    EFFECTIVE,
  ],
  toRows: (code, d) => [
    {
      编码: code,
      方式: str(d.name),
      地址: str(d.address),
      受理条件: str(d.conditions),
      受理时间: str(d.hours),
    },
  ],
  fromRows: perRow('编码', (v) => ({
    name: v['方式'],
    address: v['地址'] ?? '',
    conditions: v['受理条件'] ?? '',
    hours: v['受理时间'] ?? '',
  })),
};

export const SHEETS: Record<CatalogKind, KindSheet> = {
  item,
  benchmark,
  inspection_item: inspection,
  av_rule: av,
  review_rule: review,
  service_guide: guide,
  complaint_channel: complaint,
};
