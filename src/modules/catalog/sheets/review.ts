// B6/D1 重大执法决定法制审核目录: one row per review rule.
import {
  category,
  penalty,
  flag,
  yuan,
  parseYuan,
  str,
  yes,
  perRow,
  EFFECTIVE,
  money,
  type KindSheet,
} from './cells.ts';
import { CATEGORY_LABELS } from '../../bodies/index.ts';
import { type ReviewCondition } from '../model.ts';

export const review: KindSheet = {
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
    money('个人罚款达到(元)'),
    money('单位罚款达到(元)'),
    money('没收金额达到(元)'),
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
