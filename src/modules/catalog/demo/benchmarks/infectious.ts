// B3 discretion benchmarks, 传染病防治. They rest on 消毒管理办法 and 医疗废物管理条例, which are in force
// and entered; the 2025 传染病防治法's articles are not entered yet (see laws/disease-control.ts).
import type { DiscretionBenchmark } from '../../model.ts';
import { DISINFECTION_MEASURES as DM, MEDICAL_WASTE_REGULATION as MWR } from '../laws/index.ts';
import { NOT_LIGHTER_OR_HEAVIER, REPEAT_OFFENCE, fixed, ref, tier } from './helpers.ts';

const FIELD = '传染病防治';

export const INFECTIOUS_DISEASE_BENCHMARKS: DiscretionBenchmark[] = [
  {
    code: 'BM-CR-001',
    violation:
      '医疗卫生机构使用的医疗用品、器械未达到消毒、灭菌要求，或者一次性使用医疗用品用后未及时进行无害化处理',
    category: FIELD,
    violatedArticles: [ref(DM, 6)],
    penaltyArticles: [ref(DM, 41)],
    tiers: [
      tier(
        'lighter',
        ['消毒记录不全或者消毒操作不规范，抽检未发现不合格，并及时改正的'],
        [],
        fixed(500, 2000),
        '责令限期改正',
      ),
      tier(
        'general',
        [
          '进入人体组织、无菌器官的医疗用品未达到灭菌要求，或者重复使用一次性使用医疗用品的',
          NOT_LIGHTER_OR_HEAVIER,
        ],
        [],
        fixed(2000, 5000),
        '责令限期改正',
      ),
      tier(
        'heavier',
        ['造成感染性疾病暴发的'],
        [],
        fixed(5000, 20000),
        '责令限期改正；涉及传染病传播的，依照传染病防治法律法规另行处理',
      ),
    ],
  },
  {
    code: 'BM-CR-002',
    violation: '医疗卫生机构未将医疗废物按照类别分置于专用包装物或者容器',
    category: FIELD,
    violatedArticles: [ref(MWR, 16)],
    penaltyArticles: [ref(MWR, 46, undefined, 2)],
    tiers: [
      tier(
        'lighter',
        ['个别科室分类不规范，未造成危害后果，并当场改正的'],
        ['warning'],
        null,
        '责令限期改正',
      ),
      tier(
        'general',
        ['损伤性废物未置于利器盒，或者感染性废物与生活垃圾混放的', NOT_LIGHTER_OR_HEAVIER],
        ['warning'],
        fixed(1000, 5000),
        '责令限期改正',
      ),
      tier('heavier', ['逾期不改正的'], [], fixed(5000, 30000)),
    ],
  },
  {
    code: 'BM-CR-003',
    violation: '医疗卫生机构未对医疗废物进行登记或者未保存登记资料',
    category: FIELD,
    violatedArticles: [ref(MWR, 12)],
    penaltyArticles: [ref(MWR, 45, undefined, 4)],
    tiers: [
      tier(
        'general',
        ['未对医疗废物进行登记、登记项目不全或者未保存登记资料的'],
        ['warning'],
        null,
        '责令限期改正',
      ),
      tier('heavier', ['逾期不改正的'], [], fixed(2000, 5000)),
    ],
  },
  {
    code: 'BM-CR-004',
    violation: '在非贮存地点倾倒、堆放医疗废物或者将医疗废物混入其他废物和生活垃圾',
    category: FIELD,
    violatedArticles: [ref(MWR, 14)],
    penaltyArticles: [ref(MWR, 47, undefined, 1)],
    tiers: [
      tier(
        'lighter',
        ['混入数量少，已及时清理并按医疗废物处置，未造成危害后果的'],
        ['warning'],
        fixed(5000, 7000),
        '责令限期改正',
      ),
      tier('general', [NOT_LIGHTER_OR_HEAVIER], ['warning'], fixed(7000, 10000), '责令限期改正'),
      tier(
        'heavier',
        ['逾期不改正的', REPEAT_OFFENCE],
        [],
        fixed(10000, 30000),
        '造成传染病传播或者环境污染事故的，由原发证部门暂扣或者吊销执业许可证件；构成犯罪的，依法移送司法机关',
      ),
    ],
  },
];
