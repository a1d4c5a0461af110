// E4 redaction: what a caller says about the people and organisations a text mentions, and what the
// redaction answers. Offsets are UTF-16 code units of the input text (JavaScript string indices), the
// unit other systems' editors and browsers count in.

export const REDACTION_CATEGORIES = [
  'name',
  'id_number',
  'phone',
  'bank_account',
  'property_certificate',
  'email',
  'address',
  'health',
] as const;
export type RedactionCategory = (typeof REDACTION_CATEGORIES)[number];

/** Chinese names of the categories, for the publisher's review and the redaction log. */
export const CATEGORY_LABELS: Record<RedactionCategory, string> = {
  name: '自然人姓名',
  id_number: '身份证件号码',
  phone: '联系电话',
  bank_account: '银行账号',
  property_certificate: '不动产权证号',
  email: '电子邮箱',
  address: '住址',
  health: '健康状况',
};

export interface RedactionParty {
  kind: 'person' | 'org';
  role: 'party' | 'witness' | 'agent' | 'other';
  name: string;
  idNumber?: string;
  address?: string;
  phone?: string;
  creditCode?: string;
  legalRepresentative?: string;
  bankAccount?: string;
  propertyCertificate?: string;
}

export interface Span {
  start: number;
  end: number;
  category: RedactionCategory;
  replacement: string;
}

/** A stretch of text that must stay as written (an organisation's name, a credit code, a licence number). */
export interface Kept {
  start: number;
  end: number;
}

/** What replaces anything but a name: the same mark for every kind, so the mark itself reveals nothing. */
export const MASK = '***';
