// Demo cases 11–13 of the other procedures: 查封扣押 with its one extension (行政强制法第二十五条), 行政检查
// with a correction period ending in two days, and 行政许可 accepted with its 20 working days running.
import { personWithPost, type DemoKit } from './kit.ts';
import { cc, CLINIC, HOTEL } from './parties.ts';

export async function seedOtherProcedureCases({
  services,
  ago,
  officer,
  head,
  officers,
  openProcedure,
  step,
}: DemoKit) {
  // 11. 查封扣押 with its one extension.
  const seizure = await openProcedure(
    {
      kind: 'coercion',
      field: 'disinfection',
      cause: '涉嫌经营无卫生许可批件的消毒产品',
      place: '示范区洁康商贸有限公司仓库',
      summary: '仓库内存放无卫生许可批件的消毒液 120 箱',
      parties: [{ ...HOTEL, name: '示范区洁康商贸有限公司', creditCode: cc('91350100MA2Y8KAG8') }],
    },
    35,
  );
  await step(head, seizure, {
    type: 'decide',
    decidedOn: ago(33),
    approvedBy: head.actor.name,
    measure: 'seize',
    items: [{ name: '84 消毒液（500ml）', quantity: 120, unit: '箱' }],
    reason: '涉嫌经营无卫生许可批件的消毒产品，需检验',
    basis: '《中华人民共和国行政强制法》第九条、第十八条',
    certificatesShown: true,
    partyPresent: true,
    witness: null,
    partyInformed: true,
    onSiteRecord: true,
  });
  await step(head, seizure, {
    type: 'extend',
    decidedOn: ago(6),
    days: 30,
    approvedBy: head.actor.name,
    reason: '检验结果尚未出具，情况复杂',
    notifiedOn: ago(6),
  });

  // 12. 行政检查 with a correction period ending in two days (due soon).
  const inspection = await openProcedure(
    {
      kind: 'inspection',
      field: 'medical',
      cause: '医疗废物管理专项检查',
      source: '双随机抽查',
      place: '示范区健康路 18 号',
      enforcementItemCode: 'SFWJ-JC-006',
      parties: [CLINIC],
    },
    10,
  );
  await step(officer, inspection, {
    type: 'inspect',
    inspectedOn: ago(9),
    place: '示范区健康路 18 号',
    certificatesShown: true,
    onSiteRecord: true,
  });
  await step(officer, inspection, {
    type: 'order_correction',
    issuedOn: ago(9),
    document: 'correction_notice',
    problems: '医疗废物暂存处未设置警示标识',
    deadline: ago(-2),
  });

  // 13. 行政许可: an application received and accepted, handled with the licensing unit's officer.
  const applicant = '示范区如家酒店管理有限公司';
  const licensing = await personWithPost(services, '医政医管科科员');
  const permit = await openProcedure(
    {
      kind: 'permit',
      field: 'public_place',
      cause: '公共场所卫生许可（新办）',
      source: '依申请',
      enforcementItemCode: 'SFWJ-XK-004',
      officerIds: [officers[0]!, licensing].filter((x, i, a) => a.indexOf(x) === i),
      parties: [{ ...HOTEL, name: applicant, creditCode: cc('91350100MA2Y8KBH9') }],
    },
    3,
  );
  await step(officer, permit, {
    type: 'receive',
    receivedOn: ago(3),
    applicant,
    matter: '公共场所卫生许可证（住宿场所）',
  });
  await step(officer, permit, { type: 'accept', acceptedOn: ago(2), receiptIssued: true });
}
