// A1–A4 pure rules: identifier checksums, certificate validity and the reviewer indicator.

/** Enforcement categories (执法类别) used across the platform. */
export const CATEGORIES = ['licensing', 'penalty', 'compulsory', 'inspection', 'levy', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  compulsory: '行政强制',
  inspection: '行政检查',
  levy: '行政征收征用',
  other: '其他',
};

/**
 * A1 the departments a body acts as (主管部门类型). 《卫生健康行政处罚程序规定》(国家卫生健康委令第13号) Art. 2
 * covers all three; the laws give some duties to one of them only (the 2025 传染病防治法 gives many penalties
 * to the 疾病预防控制部门). A body may act as several: a county 卫生健康委 often also bears the 疾病预防控制局
 * and 中医药管理局 names (加挂牌子), so a body holds a set.
 */
export const AUTHORITY_KINDS = ['health', 'tcm', 'disease_control'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];
export const AUTHORITY_LABELS: Record<AuthorityKind, string> = {
  health: '卫生健康主管部门',
  tcm: '中医药主管部门',
  disease_control: '疾病预防控制部门',
};

/** A1 hierarchy: province → city → county; a body sits at its parent's level or below. */
export const LEVEL_LABELS = { province: '省级', city: '市级', county: '县级' } as const;
const LEVEL_RANK = { province: 0, city: 1, county: 2 } as const;
export function levelFitsUnder(child: keyof typeof LEVEL_RANK, parent: keyof typeof LEVEL_RANK): boolean {
  return LEVEL_RANK[child] >= LEVEL_RANK[parent];
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Unified social credit code (GB 32100-2015): 18 characters, mod-31 check character. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(code[i]!) * CREDIT_WEIGHTS[i]!;
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CHARS[check] === code[17];
}

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(first17[i]!) * CREDIT_WEIGHTS[i]!;
  return CREDIT_CHARS[(31 - (sum % 31)) % 31]!;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Resident identity card number (GB 11643-1999): 18 characters, valid birth date, mod-11 check. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17];
}

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

export type CertificateInvalidReason =
  'not_yet_valid' | 'expired' | 'suspended' | 'revoked' | 'annual_review_missing' | 'annual_review_failed';

export const CERTIFICATE_REASON_LABELS: Record<CertificateInvalidReason, string> = {
  not_yet_valid: '执法证尚未生效',
  expired: '执法证已过有效期',
  suspended: '执法证已暂扣',
  revoked: '执法证已吊销',
  annual_review_missing: '执法证未参加上年度审验',
  annual_review_failed: '执法证上年度审验不合格',
};

/** After this day of a year, a certificate issued before that year needs last year's annual review. */
export const ANNUAL_REVIEW_DEADLINE = '03-31';

export interface CertificateFacts {
  status: string;
  issuedOn: string;
  expiresOn: string;
  reviews: { year: number; passed: boolean }[];
}

/** The one annual review a certificate's validity on `date` can depend on: that of the year before. */
export const reviewYearFor = (date: string) => Number(date.slice(0, 4)) - 1;

export type CertificateValidity = { valid: true } | { valid: false; reason: CertificateInvalidReason };

/** Whether a certificate may be used on `date` (YYYY-MM-DD): status, validity period, annual review. */
export function certificateValidity(cert: CertificateFacts, date: string): CertificateValidity {
  if (cert.status === 'revoked') return { valid: false, reason: 'revoked' };
  if (cert.status === 'suspended') return { valid: false, reason: 'suspended' };
  if (date < cert.issuedOn) return { valid: false, reason: 'not_yet_valid' };
  if (date > cert.expiresOn) return { valid: false, reason: 'expired' };
  const year = Number(date.slice(0, 4));
  const issuedYear = Number(cert.issuedOn.slice(0, 4));
  if (issuedYear < year && date.slice(5) > ANNUAL_REVIEW_DEADLINE) {
    const review = cert.reviews.find((r) => r.year === reviewYearFor(date));
    if (!review) return { valid: false, reason: 'annual_review_missing' };
    if (!review.passed) return { valid: false, reason: 'annual_review_failed' };
  }
  return { valid: true };
}

/** A4: reviewers must be at least 5% of the body's certified enforcement officers. */
export const REVIEWER_RATIO = 0.05;

export function reviewerIndicator(reviewers: number, officers: number) {
  const required = Math.ceil(officers * REVIEWER_RATIO);
  return {
    reviewers,
    officers,
    required,
    ratio: officers === 0 ? null : reviewers / officers,
    meets: reviewers >= required,
  };
}
