// B8 投诉举报渠道: one row per channel.
import { str, perRow, EFFECTIVE, type KindSheet } from './cells.ts';

export const complaint: KindSheet = {
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
