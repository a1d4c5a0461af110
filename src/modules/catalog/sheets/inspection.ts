// F 随机抽查事项清单: one row per inspection item.
import { str, perRow, refs, EFFECTIVE, type KindSheet } from './cells.ts';
import { type ArticleRef } from '../model.ts';

export const inspection: KindSheet = {
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
