// C5 the professional fields (专业类别) of health enforcement. The abbreviation is the category character
// of a document number (示区卫「医」罚〔2026〕3号) and the label what officers read.
export const CASE_FIELDS = [
  'medical', // 医疗卫生
  'public_place', // 公共场所卫生
  'drinking_water', // 生活饮用水卫生
  'occupational', // 职业卫生
  'radiation', // 放射卫生
  'infectious', // 传染病防治
  'school', // 学校卫生
  'disinfection', // 消毒产品
  'blood', // 采供血
  'family_planning', // 计划生育
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

export const CASE_FIELD_LABELS: Record<CaseField, string> = {
  medical: '医疗卫生',
  public_place: '公共场所卫生',
  drinking_water: '生活饮用水卫生',
  occupational: '职业卫生',
  radiation: '放射卫生',
  infectious: '传染病防治',
  school: '学校卫生',
  disinfection: '消毒产品',
  blood: '采供血',
  family_planning: '计划生育',
};

export const CASE_FIELD_ABBREVIATIONS: Record<CaseField, string> = {
  medical: '医',
  public_place: '公',
  drinking_water: '水',
  occupational: '职',
  radiation: '放',
  infectious: '传',
  school: '学',
  disinfection: '消',
  blood: '血',
  family_planning: '计',
};
