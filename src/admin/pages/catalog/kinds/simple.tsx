// B4 随机抽查事项, B5 音像记录事项 and B8 监督举报渠道: flat kinds, fully described by their fields.
import { Tag } from 'antd';
import type { KindConfig, Option } from '../spec.ts';
import { tagList } from '../render.tsx';

export const inspection: KindConfig = {
  kind: 'inspection_item',
  title: '随机抽查事项清单',
  tooltip: '“双随机、一公开”抽查的事项、对象、内容、方式、比例和频次（B4）',
  codeLabel: '事项编码',
  codePlaceholder: '如 SC-001',
  fields: [
    { key: 'name', label: '抽查事项', editor: { type: 'text', max: 200 }, required: true, wide: true },
    { key: 'targetType', label: '抽查对象', editor: { type: 'text', max: 100 }, required: true },
    { key: 'field', label: '所属领域', editor: { type: 'text', max: 50 } },
    { key: 'content', label: '抽查内容', editor: { type: 'textarea', max: 2000, rows: 3 }, wide: true },
    {
      key: 'method',
      label: '抽查方式',
      editor: { type: 'text', max: 200, placeholder: '如：现场检查、书面检查' },
    },
    { key: 'frequency', label: '抽查频次', editor: { type: 'text', max: 100, placeholder: '如：每年一次' } },
    { key: 'ratio', label: '抽查比例', editor: { type: 'text', max: 100, placeholder: '如：不低于 5%' } },
    {
      key: 'ratioPercent',
      label: '比例（用于抽取）',
      editor: { type: 'percent' },
      extra: '随机抽取时按此比例抽取检查对象',
    },
    { key: 'basis', label: '抽查依据', editor: { type: 'citations' } },
    { key: 'basisText', label: '依据说明', editor: { type: 'textarea', max: 2000 }, wide: true },
  ],
  columns: [
    { title: '抽查对象', dataIndex: ['data', 'targetType'], width: 160, ellipsis: true },
    { title: '抽查方式', dataIndex: ['data', 'method'], width: 120, ellipsis: true },
    { title: '抽查比例', dataIndex: ['data', 'ratio'], width: 110, ellipsis: true },
    { title: '频次', dataIndex: ['data', 'frequency'], width: 100, ellipsis: true },
  ],
  blank: { basis: [], ratioPercent: null },
};

const AV_REQUIREMENT: Option[] = [
  { value: 'full', label: '全过程记录' },
  { value: 'as_needed', label: '根据需要记录' },
];
const AV_SCENE: Option[] = [
  { value: 'on_site', label: '执法现场' },
  { value: 'case_room', label: '办案场所' },
];
const labelOf = (options: Option[], v: unknown) => options.find((o) => o.value === v)?.label ?? '—';

export const av: KindConfig = {
  kind: 'av_rule',
  title: '音像记录事项清单',
  tooltip: '须全过程音像记录或根据需要记录的执法活动，及其时间须落在记录内的文书（B5）',
  codeLabel: '编码',
  codePlaceholder: '如 AV-001',
  fields: [
    { key: 'name', label: '执法活动', editor: { type: 'text', max: 200 }, required: true, wide: true },
    {
      key: 'requirement',
      label: '记录要求',
      editor: { type: 'select', options: AV_REQUIREMENT },
      required: true,
    },
    { key: 'scene', label: '场景', editor: { type: 'select', options: AV_SCENE }, required: true },
    { key: 'scope', label: '适用范围', editor: { type: 'textarea', max: 1000 }, wide: true },
    {
      key: 'documents',
      label: '相关文书',
      editor: { type: 'tags', placeholder: '如：现场笔录' },
      wide: true,
    },
    { key: 'basisText', label: '依据', editor: { type: 'textarea', max: 1000 }, wide: true },
  ],
  columns: [
    {
      title: '记录要求',
      dataIndex: ['data', 'requirement'],
      width: 110,
      render: (_, e) => (
        <Tag color={e.data.requirement === 'full' ? 'red' : 'default'} bordered={false}>
          {labelOf(AV_REQUIREMENT, e.data.requirement)}
        </Tag>
      ),
    },
    {
      title: '场景',
      dataIndex: ['data', 'scene'],
      width: 90,
      render: (_, e) => labelOf(AV_SCENE, e.data.scene),
    },
    {
      title: '相关文书',
      dataIndex: ['data', 'documents'],
      width: 280,
      render: (_, e) => tagList((e.data.documents as string[] | undefined) ?? []),
    },
  ],
  blank: { requirement: 'full', scene: 'on_site', documents: [] },
};

export const complaint: KindConfig = {
  kind: 'complaint_channel',
  title: '监督举报渠道',
  tooltip: '公众投诉举报、监督执法的方式、地址、受理条件和受理时间（B8）',
  codeLabel: '编码',
  codePlaceholder: '如 CC-001',
  fields: [
    {
      key: 'name',
      label: '方式',
      editor: { type: 'text', max: 100, placeholder: '如：电话、信函、网上' },
      required: true,
    },
    { key: 'hours', label: '受理时间', editor: { type: 'text', max: 100 } },
    { key: 'address', label: '地址 / 号码', editor: { type: 'textarea', max: 300 }, wide: true },
    { key: 'conditions', label: '受理条件', editor: { type: 'textarea', max: 1000, rows: 3 }, wide: true },
  ],
  columns: [
    { title: '地址 / 号码', dataIndex: ['data', 'address'], width: 300, ellipsis: true },
    { title: '受理时间', dataIndex: ['data', 'hours'], width: 200, ellipsis: true },
  ],
  blank: {},
};
