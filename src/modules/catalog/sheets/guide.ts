// B7 服务指南: one row per guide; the flowchart's steps one per line in a cell.
import { str, lines, splitLines, perRow, refs, EFFECTIVE, type KindSheet } from './cells.ts';
import { type ArticleRef } from '../model.ts';

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

export const guide: KindSheet = {
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
