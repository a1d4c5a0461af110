// B8 the demo complaint channels (监督举报方式、途径和受理条件, 万州公示制度第十一条) of 示范区卫生健康委员会.
import { DEMO_BODY, type ComplaintChannel } from './types.ts';

const CONDITIONS =
  '受理对本机关及其执法人员不履行、违法或者不当履行行政执法职责的投诉，以及对辖区内医疗卫生、公共卫生违法行为的举报。投诉举报应当有明确的对象和具体的事实或者线索；实名投诉举报的，按规定时限答复，并对投诉举报人信息保密。已经进入行政复议、行政诉讼程序的事项，按相应程序办理；反映执法人员违纪违法问题的，转纪检监察机关办理。';

export const DEMO_COMPLAINT_CHANNELS: ComplaintChannel[] = [
  {
    code: 'CC-001',
    name: '12345 政务服务便民热线',
    address: '拨打 12345',
    conditions: CONDITIONS,
    hours: '24 小时',
  },
  {
    code: 'CC-002',
    name: '12320 卫生健康热线',
    address: '拨打 12320',
    conditions: `${CONDITIONS}可同时提供卫生健康政策咨询。`,
    hours: '工作日 8:30—17:30',
  },
  {
    code: 'CC-003',
    name: '本机关投诉举报电话',
    address: DEMO_BODY.complaintPhone,
    conditions: CONDITIONS,
    hours: '工作日 9:00—12:00、13:30—17:30',
  },
  {
    code: 'CC-004',
    name: '来信',
    address: `${DEMO_BODY.address} ${DEMO_BODY.name}${DEMO_BODY.units.legal}（信封注明“行政执法投诉举报”）`,
    conditions: `${CONDITIONS}来信请写明投诉举报人姓名、联系方式（匿名的除外）、被投诉举报对象和事实。`,
    hours: '',
  },
  {
    code: 'CC-005',
    name: '来访',
    address: `${DEMO_BODY.address} 信访接待室`,
    conditions: `${CONDITIONS}来访请携带身份证件及相关证据材料。`,
    hours: '工作日 9:00—12:00、13:30—17:30',
  },
  {
    code: 'CC-006',
    name: '网上投诉举报',
    address:
      '执法公示平台公众门户“监督举报”栏目（提交后获得查询码，可凭码查询办理进度）；示范区人民政府门户网站“区长信箱”',
    conditions: CONDITIONS,
    hours: '24 小时受理，工作日办理',
  },
];
