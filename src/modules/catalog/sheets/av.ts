// C6 音像记录事项清单: one row per recording rule.
import { labelled, str, perRow, EFFECTIVE, type KindSheet } from './cells.ts';

const AV_REQ = { full: '全过程记录', as_needed: '根据需要记录' } as const;
const AV_SCENE = { on_site: '执法现场', case_room: '办案场所' } as const;
export const av: KindSheet = {
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
