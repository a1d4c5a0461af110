// B7 服务指南: the published guide of a licensing item, with its procedure.
import type { KindConfig } from '../spec.ts';
import { entrySelect } from './EntrySelect.tsx';
import { compareSteps, StepsField, StepsTable } from './steps.tsx';

const itemRef = entrySelect('item', '本指南对应的行政执法事项（行政许可等）');

export const guide: KindConfig = {
  kind: 'service_guide',
  title: '服务指南',
  tooltip: '行政许可等事项的办理依据、条件、材料、流程、时限、收费、监督和救济途径（B7）',
  codeLabel: '编码',
  codePlaceholder: '如 SG-004',
  formWidth: 1040,
  fields: [
    { key: 'name', label: '事项名称', editor: { type: 'text', max: 200 }, required: true },
    {
      key: 'itemCode',
      label: '对应执法事项',
      editor: { type: 'custom', Input: itemRef.Input },
      render: itemRef.render,
    },
    { key: 'handlingBody', label: '办理机构', editor: { type: 'text', max: 100 } },
    { key: 'timeLimit', label: '办理时限', editor: { type: 'text', max: 200 } },
    { key: 'fee', label: '收费', editor: { type: 'text', max: 200, placeholder: '如：不收费' } },
    { key: 'phone', label: '咨询电话', editor: { type: 'text', max: 50 } },
    { key: 'officeHours', label: '办公时间', editor: { type: 'text', max: 200 } },
    { key: 'address', label: '办理地点', editor: { type: 'text', max: 200 } },
    { key: 'basis', label: '设定依据', editor: { type: 'citations' } },
    { key: 'basisText', label: '依据说明', editor: { type: 'textarea', max: 3000 }, wide: true },
    {
      key: 'materials',
      label: '申请材料',
      editor: { type: 'lines', placeholder: '每行一份材料' },
      wide: true,
    },
    {
      key: 'steps',
      label: '办理流程',
      editor: { type: 'custom', Input: StepsField },
      render: (v) => <StepsTable value={v} />,
      compare: compareSteps,
    },
    { key: 'preferentialPolicies', label: '优惠政策', editor: { type: 'textarea', max: 2000 }, wide: true },
    { key: 'supervision', label: '监督', editor: { type: 'textarea', max: 500 }, wide: true },
    { key: 'accountability', label: '责任追究', editor: { type: 'textarea', max: 1000 }, wide: true },
    { key: 'remedies', label: '救济途径', editor: { type: 'textarea', max: 1000 }, wide: true },
  ],
  columns: [
    { title: '办理机构', dataIndex: ['data', 'handlingBody'], width: 220, ellipsis: true },
    { title: '办理时限', dataIndex: ['data', 'timeLimit'], width: 220, ellipsis: true },
    { title: '收费', dataIndex: ['data', 'fee'], width: 90, ellipsis: true },
  ],
  blank: { basis: [], materials: [], steps: [] },
  fromForm: (v) => ({ ...v, itemCode: v.itemCode ?? '' }),
};
