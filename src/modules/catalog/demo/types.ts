// Types of the demo catalogue entries that model.ts does not define (B1, B4, B5, B7, B8). Their fields
// follow the catalogue's zod data schemas (../types.ts) so an entry can be stored as it is; the extra
// fields here (code, body, scene, step ids…) are kept by the demo and ignored by the store.
import type { Category } from '../../bodies/index.ts';
import type { ArticleRef } from '../model.ts';
import type { ItemCompetence } from '../rules/competence.ts';

/** The fictional demo body and its units (src/demo/seed.ts). */
export const DEMO_BODY = {
  name: '示范区卫生健康委员会',
  address: '示范市示范区健康路 66 号',
  complaintPhone: '0999-6612320',
  brigade: '示范区卫生健康综合监督执法大队',
  units: {
    handling: '卫生监督执法科',
    legal: '法规科',
    office: '办公室',
    licensing: '医政医管科',
  },
} as const;

/** Fields (领域) used across the demo catalogue. */
export const FIELDS = [
  '医疗卫生',
  '公共场所卫生',
  '生活饮用水卫生',
  '学校卫生',
  '传染病防治',
  '职业卫生',
  '放射卫生',
  '综合',
] as const;
export type Field = (typeof FIELDS)[number];

/** B1 one enforcement item (行政执法事项). */
export interface EnforcementItem {
  code: string;
  name: string;
  category: Category;
  field: Field;
  basis: ArticleRef[];
  /** Basis that cannot (yet) be cited by article, e.g. a law whose current text is not entered. */
  basisText: string;
  /** DiscretionBenchmark.code for penalty items, null otherwise. */
  benchmarkCode: string | null;
  /** 承办机构. */
  handlingUnit: string;
  /** 办理时限, as published (statutory period and, where different, the promised one). */
  timeLimit: string;
  description: string;
  /** The departments the law gives the item to (absent: any health authority). */
  competence?: ItemCompetence;
}

/** B4 one random-inspection item (随机抽查事项). */
export interface InspectionItem {
  code: string;
  name: string;
  /** 抽查主体. */
  body: string;
  basis: ArticleRef[];
  basisText: string;
  targetType: string;
  content: string;
  method: string;
  /** 抽查比例 as published, e.g. "不低于5%". */
  ratio: string;
  /** The ratio as a number, for the draw (F2). */
  ratioPercent: number;
  frequency: string;
  field: Field;
}

/** B5 one activity of the audio-video recording list (音像记录事项清单). */
export interface AvRecordingItem {
  code: string;
  /** The enforcement activity (执法活动). */
  name: string;
  requirement: 'full' | 'as_needed';
  /** 'on_site' for field work, 'case_room' for the case-handling rooms (询问室、听证室、合议室). */
  scene: 'on_site' | 'case_room';
  scope: string;
  basisText: string;
  /** The C5 documents whose times must fall inside the recording (Wanzhou Art. 15(4)). */
  documents: string[];
}

/** One step of a B7 procedure; `next` gives the flowchart's edges (empty for an end step). */
export interface ProcedureStep {
  id: string;
  name: string;
  description: string;
  timeLimit: string;
  /** Who acts: 申请人, 窗口, 承办科室, 分管领导… */
  actor: string;
  next: string[];
}

/** B7 a service guide (服务指南) with its procedure. */
export interface ServiceGuide {
  code: string;
  /** EnforcementItem.code of the licensing item it describes. */
  itemCode: string;
  name: string;
  basis: ArticleRef[];
  basisText: string;
  handlingBody: string;
  preferentialPolicies: string;
  materials: string[];
  steps: ProcedureStep[];
  timeLimit: string;
  fee: string;
  supervision: string;
  accountability: string;
  remedies: string;
  officeHours: string;
  address: string;
  phone: string;
}

/** B8 one complaint channel (监督举报方式). */
export interface ComplaintChannel {
  code: string;
  /** The way (方式). */
  name: string;
  address: string;
  conditions: string;
  hours: string;
}
