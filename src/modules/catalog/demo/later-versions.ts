// B1/B3 the demo catalogue's later versions ("立改废" of the lists). The base lists (items.ts, benchmarks/)
// are version 1, in force from DEMO_CATALOGUE_START; when a law they rest on changed, the entry takes a new
// version from the day the change took effect, and entries for penalties the change created start then.
// A document cites the version in force on the violation date (CatalogService.basisForItem).
import type { DiscretionBenchmark } from '../model.ts';
import { DEMO_BENCHMARKS } from './benchmarks/index.ts';
import { INFECTIOUS_2025_BENCHMARKS, UNLICENSED_WATER_SUPPLY_2025 } from './benchmarks/infectious-2025.ts';
import { ref } from './benchmarks/helpers.ts';
import { DEMO_ITEMS, penaltyItem, penaltyItemCode } from './items.ts';
import {
  DISINFECTION_MEASURES as DM,
  INFECTIOUS_DISEASE_LAW as IDL,
  MEDICAL_WASTE_REGULATION as MWR,
  PUBLIC_PLACES_REGULATION as PPR,
  PUBLIC_PLACES_RULES as PPRU,
} from './laws/index.ts';
import type { EnforcementItem } from './types.ts';

/** The day version 1 of every base entry takes effect. */
export const DEMO_CATALOGUE_START = '2024-01-01';
/** 《公共场所卫生管理条例》 as revised by 国务院令第797号. */
export const PUBLIC_PLACES_2025 = '2025-01-20';
/** 《中华人民共和国传染病防治法》 as revised by 主席令第四十七号. */
export const INFECTIOUS_DISEASE_2025 = '2025-09-01';

export type LaterVersion =
  | { kind: 'item'; effectiveFrom: string; reason: string; entry: EnforcementItem }
  | { kind: 'benchmark'; effectiveFrom: string; reason: string; entry: DiscretionBenchmark };

const baseItem = (code: string) => DEMO_ITEMS.find((i) => i.code === code)!;
const baseBenchmark = (code: string) => DEMO_BENCHMARKS.find((b) => b.code === code)!;
const codeOfBenchmark = (code: string) => DEMO_ITEMS.find((i) => i.benchmarkCode === code)!.code;

const PPR_REASON =
  '《公共场所卫生管理条例》2024年12月6日修订（国务院令第797号），2025年1月20日起施行：卫生许可证由设区的市级、县级疾病预防控制部门签发，第八条第二款所列场所改为卫生备案';
const IDL_REASON =
  '《中华人民共和国传染病防治法》2025年4月30日修订（主席令第四十七号），2025年9月1日起施行：条文重新编号，有关处罚由疾病预防控制部门实施';

const CDC = 'disease_control' as const;

const unlicensedPlace: DiscretionBenchmark = {
  ...baseBenchmark('BM-GG-001'),
  // Art. 8 now has two paragraphs: the licence duty is the first, the 卫生备案 the second.
  violatedArticles: [ref(PPR, 8, 1), ref(PPRU, 22)],
};

export const DEMO_LATER_VERSIONS: LaterVersion[] = [
  {
    kind: 'item',
    effectiveFrom: PUBLIC_PLACES_2025,
    reason: PPR_REASON,
    entry: {
      ...baseItem('SFWJ-XK-004'),
      basis: [ref(PPR, 4), ref(PPR, 8, 1), ref(PPRU, 22), ref(PPRU, 23), ref(PPRU, 24)],
      description:
        '住宿场所、沐浴场所、美容美发场所、游泳场所等须取得卫生许可的公共场所；录像厅（室）、音乐厅、展览馆、博物馆、美术馆、图书馆、书店实行卫生备案，不适用本事项。含新办、变更、延续、复核。',
      competence: { authorities: [CDC], basis: [ref(PPR, 4, 2), ref(PPR, 8, 1)] },
    },
  },
  { kind: 'benchmark', effectiveFrom: PUBLIC_PLACES_2025, reason: PPR_REASON, entry: unlicensedPlace },
  {
    kind: 'item',
    effectiveFrom: PUBLIC_PLACES_2025,
    reason: PPR_REASON,
    entry: penaltyItem(codeOfBenchmark('BM-GG-001'), unlicensedPlace),
  },
  {
    kind: 'item',
    effectiveFrom: INFECTIOUS_DISEASE_2025,
    reason: IDL_REASON,
    entry: {
      ...baseItem('SFWJ-JC-006'),
      basis: [ref(IDL, 93, 1, 2), ref(IDL, 94), ref(MWR, 5), ref(MWR, 39), ref(DM, 4)],
      basisText: '',
    },
  },
  {
    kind: 'benchmark',
    effectiveFrom: INFECTIOUS_DISEASE_2025,
    reason: IDL_REASON,
    entry: UNLICENSED_WATER_SUPPLY_2025,
  },
  {
    kind: 'item',
    effectiveFrom: INFECTIOUS_DISEASE_2025,
    reason: IDL_REASON,
    entry: penaltyItem(codeOfBenchmark('BM-SY-002'), UNLICENSED_WATER_SUPPLY_2025, {
      authorities: [CDC],
      basis: [ref(IDL, 107)],
    }),
  },
  ...INFECTIOUS_2025_BENCHMARKS.flatMap((bm, i): LaterVersion[] => {
    // Art. 104 para. 1 penalties belong to the 疾病预防控制部门, para. 2 ones to the 卫生健康主管部门.
    const paragraph = bm.penaltyArticles[0]!.paragraph!;
    const competence = {
      authorities: [paragraph === 1 ? CDC : ('health' as const)],
      basis: [ref(IDL, 104, paragraph)],
    };
    const code = penaltyItemCode(DEMO_BENCHMARKS.length + i + 1);
    return [
      { kind: 'benchmark', effectiveFrom: INFECTIOUS_DISEASE_2025, reason: IDL_REASON, entry: bm },
      {
        kind: 'item',
        effectiveFrom: INFECTIOUS_DISEASE_2025,
        reason: IDL_REASON,
        entry: penaltyItem(code, bm, competence),
      },
    ];
  }),
];
