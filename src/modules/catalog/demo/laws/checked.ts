// B2 how each quoted article of the demo library was checked against public texts (2026-12): per version,
// the ordinals `confirmed` (number and text seen, matching in substance), `corrected` (number right, our
// wording replaced by the text found) and `notFound` (no trustworthy text seen: the article stays marked
// 待核对). checked.test.ts holds the library to it, so a re-entered text cannot silently lose its mark.
import { ADMINISTRATIVE_COMPULSION_LAW, ADMINISTRATIVE_PENALTY_LAW } from './administrative.ts';
import {
  DISINFECTION_MEASURES,
  INFECTIOUS_DISEASE_LAW,
  MEDICAL_WASTE_REGULATION,
} from './disease-control.ts';
import { MEDICAL_INSTITUTIONS_REGULATION, MEDICAL_INSTITUTIONS_RULES } from './medical-institutions.ts';
import { BASIC_HEALTHCARE_LAW, PHYSICIANS_LAW } from './medical.ts';
import { OCCUPATIONAL_DISEASE_LAW, RADIATION_DIAGNOSIS_RULES } from './occupational.ts';
import {
  DRINKING_WATER_MEASURES,
  PUBLIC_PLACES_REGULATION,
  PUBLIC_PLACES_RULES,
  SCHOOL_HEALTH_REGULATION,
} from './public-health.ts';

/** Copies of the national database (flk.npc.gov.cn) text: LawRefBook/Laws, X-STORAGE/Laws, Theonefkguy/Chinese-Laws. */
const NATIONAL_DATABASE = '国家法律法规数据库文本（GitHub 镜像）';
/** Ministry rules missing from those copies: local government pages and enforcement guides, lower confidence. */
const SECONDARY_COPIES = '地方政府网站、执法指南等转载文本';

export interface VersionCheck {
  law: string;
  effectiveOn: string;
  source: string;
  confirmed: number[];
  corrected: number[];
  notFound: number[];
}

export const ARTICLE_CHECKS: VersionCheck[] = [
  {
    law: ADMINISTRATIVE_PENALTY_LAW,
    effectiveOn: '2021-07-15',
    source: NATIONAL_DATABASE,
    confirmed: [9, 28, 32, 33, 34, 36, 39, 42, 47, 48, 51, 56, 57, 58, 60, 61, 62, 63, 64, 85],
    corrected: [72],
    notFound: [],
  },
  {
    law: ADMINISTRATIVE_COMPULSION_LAW,
    effectiveOn: '2012-01-01',
    source: NATIONAL_DATABASE,
    confirmed: [9, 18, 19, 22, 25],
    corrected: [],
    notFound: [],
  },
  {
    law: BASIC_HEALTHCARE_LAW,
    effectiveOn: '2020-06-01',
    source: NATIONAL_DATABASE,
    confirmed: [38, 39, 40, 86, 99, 100, 101],
    corrected: [],
    notFound: [],
  },
  {
    law: PHYSICIANS_LAW,
    effectiveOn: '2022-03-01',
    source: NATIONAL_DATABASE,
    confirmed: [13, 14, 23, 24, 25, 55, 56, 57, 59],
    corrected: [4],
    notFound: [],
  },
  {
    law: MEDICAL_INSTITUTIONS_REGULATION,
    effectiveOn: '2016-02-06',
    source: NATIONAL_DATABASE,
    confirmed: [24, 44, 47, 48],
    corrected: [],
    notFound: [],
  },
  {
    law: MEDICAL_INSTITUTIONS_REGULATION,
    effectiveOn: '2022-05-01',
    source: NATIONAL_DATABASE,
    confirmed: [5, 9, 12, 14, 15, 18, 21, 22, 23, 26, 27, 31, 43, 44, 45, 46, 47, 48],
    corrected: [39],
    notFound: [],
  },
  {
    law: MEDICAL_INSTITUTIONS_RULES,
    effectiveOn: '2017-04-01',
    source: NATIONAL_DATABASE,
    confirmed: [77, 80, 81, 82],
    corrected: [25],
    notFound: [],
  },
  {
    law: PUBLIC_PLACES_REGULATION,
    effectiveOn: '2019-04-23',
    source: NATIONAL_DATABASE,
    confirmed: [2, 4, 7, 8, 14],
    corrected: [],
    notFound: [],
  },
  {
    law: PUBLIC_PLACES_RULES,
    effectiveOn: '2017-12-26',
    source: SECONDARY_COPIES,
    confirmed: [3, 7, 19, 36, 38, 39],
    corrected: [21],
    notFound: [10, 14, 22, 23, 24, 30, 32, 35, 37],
  },
  {
    law: DRINKING_WATER_MEASURES,
    effectiveOn: '2016-06-01',
    source: SECONDARY_COPIES,
    confirmed: [3, 6, 7, 12, 25],
    corrected: [20],
    notFound: [11, 16, 26, 27],
  },
  {
    law: SCHOOL_HEALTH_REGULATION,
    effectiveOn: '1990-06-04',
    source: NATIONAL_DATABASE,
    confirmed: [],
    corrected: [28],
    notFound: [],
  },
  {
    law: INFECTIOUS_DISEASE_LAW,
    effectiveOn: '2013-06-29',
    source: NATIONAL_DATABASE,
    confirmed: [53, 73],
    corrected: [],
    notFound: [],
  },
  {
    law: DISINFECTION_MEASURES,
    effectiveOn: '2017-12-26',
    source: SECONDARY_COPIES,
    confirmed: [4, 6],
    corrected: [],
    notFound: [41],
  },
  {
    law: MEDICAL_WASTE_REGULATION,
    effectiveOn: '2011-01-08',
    source: NATIONAL_DATABASE,
    confirmed: [5, 7, 12, 14, 39, 45, 46, 47],
    corrected: [16],
    notFound: [],
  },
  {
    law: OCCUPATIONAL_DISEASE_LAW,
    effectiveOn: '2018-12-29',
    source: NATIONAL_DATABASE,
    confirmed: [9, 16, 20, 22, 26, 34, 35, 63, 64, 70, 71],
    corrected: [72],
    notFound: [],
  },
  {
    law: RADIATION_DIAGNOSIS_RULES,
    effectiveOn: '2016-01-19',
    source: SECONDARY_COPIES,
    confirmed: [3, 4, 38, 39, 41],
    corrected: [],
    notFound: [11, 16, 20, 23],
  },
  {
    law: INFECTIOUS_DISEASE_LAW,
    effectiveOn: '2025-09-01',
    source: NATIONAL_DATABASE,
    confirmed: [
      8, 13, 16, 26, 27, 31, 32, 45, 46, 50, 58, 60, 61, 70, 77, 86, 93, 94, 95, 96, 104, 105, 107, 108, 110,
      111, 112, 113, 115,
    ],
    corrected: [],
    notFound: [],
  },
  {
    law: PUBLIC_PLACES_REGULATION,
    effectiveOn: '2025-01-20',
    source: NATIONAL_DATABASE,
    confirmed: [2, 4, 7, 8, 14],
    corrected: [],
    notFound: [],
  },
];
