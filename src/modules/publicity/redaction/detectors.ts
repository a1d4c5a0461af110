// E4 second layer: what the text itself reveals about natural persons, found by pattern — for the numbers
// and details no structured party record names (a witness's phone written into the facts, a bank card in
// a confiscation list). Each detector is a pure function of the text; checksums keep them from taking an
// amount, a date or a document number for personal data. The other direction — what must stay although it
// looks like a number — is `keptStretches`.
import { isValidCreditCode, isValidIdNumber } from '../../bodies/index.ts';
import { MASK, type Kept, type RedactionCategory, type Span } from './types.ts';

const span = (start: number, end: number, category: RedactionCategory): Span => ({
  start,
  end,
  category,
  replacement: MASK,
});

const digitsOf = (s: string) => s.replace(/[^0-9Xx]/g, '').toUpperCase();

/** Runs a global regex over the text; `pick` turns a match into a span (or null to skip it). */
function scan(text: string, pattern: RegExp, pick: (m: RegExpExecArray) => Span | null): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const s = pick(m);
    if (s) found.push(s);
  }
  return found;
}

/** The span of a match's value group (`d` flag indices), or of the whole match. */
function groupSpan(m: RegExpExecArray, group: number, category: RedactionCategory): Span | null {
  const at = m.indices?.[group];
  if (!at) return null;
  return span(at[0], at[1], category);
}

// 18-character resident ID numbers (GB 11643), possibly written in groups: the birth date and the mod-11
// check character must hold, so a run of 18 digits that is an amount or an account does not count.
const ID_18 = /(?<![0-9A-Za-z])\d{6}[ \u00A0]?\d{8}[ \u00A0]?\d{3}[\dXx](?![0-9A-Za-z])/g;
// 15-digit first-generation numbers carry no check digit: only where the text says it is an ID number.
const ID_15 = /(?:身份证|身份证号码?|公民身份号码|证件号码?)[为是：:\s]*(\d{15})(?![0-9A-Za-z])/dg;

export function idNumbers(text: string): Span[] {
  return [
    ...scan(text, ID_18, (m) =>
      isValidIdNumber(digitsOf(m[0])) ? span(m.index, m.index + m[0].length, 'id_number') : null,
    ),
    ...scan(text, ID_15, (m) => groupSpan(m, 1, 'id_number')),
  ];
}

// Mobile numbers in the spellings people write: 13812345678, 138-1234-5678, 138 1234 5678, +86 138…,
// 0086-138…, (+86)138….
const MOBILE =
  /(?<![\d+])(?:(?:\+|00)86[ \u00A0-]?|[(（]\+?86[)）][ \u00A0]?)?1[3-9]\d(?:[ \u00A0-]?\d){8}(?!\d)/g;
// Landlines with an area code: 010-12345678, (0571) 8765 4321, 0571-87654321 转 123. A local number starts
// with 2–9, which keeps dates (2026-…) and zero-padded serials out.
const LANDLINE =
  /(?<!\d)(?:[(（]0\d{2,3}[)）][ \u00A0]?|0\d{2,3}[ \u00A0-]?)[2-9]\d{2,3}[ \u00A0-]?\d{4}(?:[ \u00A0]?(?:-|转|ext\.?)[ \u00A0]?\d{1,6})?(?!\d)/g;
// A number introduced as a phone: also a local number written without its area code.
const LABELLED_PHONE =
  /(?:联系电话|电话号码|手机号码|手机号|手机|电话|联系方式|Tel|TEL|tel)[为是：:\s]*((?:\+?86[ -]?)?\d[\d \u00A0-]{5,16}\d)(?!\d)/dg;

export function phones(text: string): Span[] {
  const whole = (m: RegExpExecArray) => span(m.index, m.index + m[0].length, 'phone');
  return [
    ...scan(text, MOBILE, whole),
    ...scan(text, LANDLINE, whole),
    ...scan(text, LABELLED_PHONE, (m) => groupSpan(m, 1, 'phone')),
  ];
}

/** Luhn (ISO/IEC 7812) check, as every bank card number carries. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Bank cards: 16–19 digits, written whole or in groups of four, with a valid Luhn check.
const CARD = /(?<!\d)\d{4}(?:[ \u00A0-]?\d{4}){2,3}(?:[ \u00A0-]?\d{1,3})?(?!\d)/g;
// Accounts by context: a corporate account has no Luhn check, but the text says what it is.
const LABELLED_ACCOUNT =
  /(?:银行账号|银行卡号|开户账号|收款账号|账号|帐号|账户|帐户|卡号)[为是：:\s]*(\d[\d \u00A0-]{6,38}\d)(?!\d)/dg;

export function bankAccounts(text: string): Span[] {
  return [
    ...scan(text, CARD, (m) => {
      const digits = digitsOf(m[0]);
      const ok = digits.length >= 16 && digits.length <= 19 && passesLuhn(digits);
      return ok ? span(m.index, m.index + m[0].length, 'bank_account') : null;
    }),
    ...scan(text, LABELLED_ACCOUNT, (m) => groupSpan(m, 1, 'bank_account')),
  ];
}

const PROVINCE = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
// 不动产权证 numbers as the 2015 registration rules write them: 浙(2021)杭州市不动产权第0012345号.
const PROPERTY_NUMBER = new RegExp(
  `[${PROVINCE}][(（]\\d{4}[)）][^\\s，。；,;、]{0,20}?不动产(?:权|证明)第\\d+号`,
  'g',
);
// Older certificates by context: 房产证号：…, 房屋所有权证号…, 土地使用权证号….
const LABELLED_PROPERTY =
  /(?:不动产权证书?号?|不动产登记证明号?|房产证号?|房屋所有权证号?|土地使用权证号?|产权证号)(?:码)?[为是：:\s]*([^\s，。；,;、]{2,38}?号|[^\s，。；,;、（）()]{4,40})/dg;

export function propertyCertificates(text: string): Span[] {
  return [
    ...scan(text, PROPERTY_NUMBER, (m) => span(m.index, m.index + m[0].length, 'property_certificate')),
    ...scan(text, LABELLED_PROPERTY, (m) => groupSpan(m, 1, 'property_certificate')),
  ];
}

// The look-behind starts a match only at the beginning of a run: without it every position of a long run
// of such characters would be tried and scanned again (quadratic on hostile input).
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function emails(text: string): Span[] {
  return scan(text, EMAIL, (m) => span(m.index, m.index + m[0].length, 'email'));
}

// A natural person's home address: what follows 住址/家庭住址/户籍地… up to the end of the clause, and the
// "…出生，住…" of a party's description. An organisation's 地址/经营地址/住所 is public and stays.
const LABELLED_ADDRESS =
  /(?:家庭住址|现住址|户籍地址|户籍所在地|居住地址|居住地|住址|家住|现住|(?<=(?:出生|岁)[，,])住(?![所宿]))[为是在：:\s]*([^，。；,;\n（）()]{2,80})/dg;

export function homeAddresses(text: string): Span[] {
  return scan(text, LABELLED_ADDRESS, (m) => groupSpan(m, 1, 'address'));
}

// Health status of a natural person (浙江省行政处罚结果信息网上公开暂行办法 Art. 7): "患有…", "确诊为…",
// "诊断为…" up to the end of the clause, and the status words that name a person's infection. "隐患" is
// not a patient, and an institution's 医院感染 duties are not anyone's health: neither is a lead here.
const HEALTH_CLAUSE = /(?<!隐)(?:被?诊断(?:为|患有)|确诊(?:为|患有)|患有)[^，。；,;\n]{1,30}/g;
const HEALTH_STATUS =
  /艾滋病病毒感染者|HIV(?:抗体)?(?:检测)?(?:结果)?(?:呈)?阳性|乙(?:型)?肝(?:炎)?病毒携带者|梅毒(?:抗体)?(?:呈)?阳性|病原携带者/g;

export function healthStatus(text: string): Span[] {
  const whole = (m: RegExpExecArray) => span(m.index, m.index + m[0].length, 'health');
  return [...scan(text, HEALTH_CLAUSE, whole), ...scan(text, HEALTH_STATUS, whole)];
}

/** Every pattern detector, in one pass each. */
export function detectAll(text: string): Span[] {
  return [
    ...idNumbers(text),
    ...phones(text),
    ...bankAccounts(text),
    ...propertyCertificates(text),
    ...emails(text),
    ...homeAddresses(text),
    ...healthStatus(text),
  ];
}

// What stays although a detector might take it for personal data: an organisation's unified social credit
// code (mod-31 check; an all-digit one can pass a Luhn check), and licence and document numbers by their
// label (E4: 证照编号, 文书号 stay).
const CREDIT_CODE = /(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/g;
const LABELLED_KEPT =
  /(?:统一社会信用代码|信用代码|注册号|许可证号|许可证编号|许可编号|登记号|备案号|文号|决定书号)[为是：:\s]*([^\s，。；,;、）)]{4,40})/dg;

export function keptStretches(text: string): Kept[] {
  const kept: Kept[] = [];
  for (const m of text.matchAll(CREDIT_CODE)) {
    const code = m[0];
    // A code that is also a valid ID number is decided by its label below, not by its shape.
    if (isValidCreditCode(code) && !isValidIdNumber(code))
      kept.push({ start: m.index, end: m.index + code.length });
  }
  for (const m of text.matchAll(LABELLED_KEPT)) {
    const at = m.indices![1]!;
    kept.push({ start: at[0], end: at[1] });
  }
  return kept;
}
