// A1–A4 pure rules: credit code and ID number checksums, certificate validity, reviewer indicator.
import { describe, expect, it } from 'vitest';
import {
  ANNUAL_REVIEW_DEADLINE,
  certificateValidity,
  creditCodeCheckChar,
  idNumberCheckChar,
  isValidCreditCode,
  isValidIdNumber,
  reviewerIndicator,
  type CertificateFacts,
} from './rules.ts';

describe('unified social credit code (GB 32100-2015)', () => {
  // The commonly cited sample code and codes published on companies' business licences.
  const REAL = ['91350100M000100Y43', '91440300708461136T', '91110108551385082Q'];

  it.each(REAL)('accepts the published code %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('refuses a code whose check character is wrong', () => {
    expect(isValidCreditCode('91350100M000100Y42')).toBe(false);
    expect(isValidCreditCode('91440300708461136A')).toBe(false);
  });

  it('refuses a changed character in the body of the code', () => {
    expect(isValidCreditCode('91350100M000200Y43')).toBe(false);
    expect(isValidCreditCode('92350100M000100Y43')).toBe(false);
  });

  it('refuses wrong length, lower case, and the letters I O S V Z', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
    for (const letter of 'IOSVZ') {
      const first17 = `91350100${letter}00010000`;
      expect(isValidCreditCode(first17 + creditCodeCheckChar(first17))).toBe(false);
    }
  });

  it('refuses letters in the six-digit region code', () => {
    const first17 = '9135A100M000100Y4';
    expect(isValidCreditCode(first17 + creditCodeCheckChar(first17))).toBe(false);
  });

  it('computes check character 0 when the sum is a multiple of 31', () => {
    // Search a code whose check character is "0" and make sure it validates.
    let found = '';
    for (let n = 0; n < 10_000 && !found; n++) {
      const first17 = `911100001${String(n).padStart(8, '0')}`;
      if (creditCodeCheckChar(first17) === '0') found = `${first17}0`;
    }
    expect(found).toMatch(/^9111000010\d{7}0$/);
    expect(isValidCreditCode(found)).toBe(true);
  });
});

describe('resident ID number (GB 11643-1999)', () => {
  it('accepts the examples of the standard, including check character X', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('440524188001010014')).toBe(true);
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });

  it('refuses a lower-case x (the API upper-cases before checking)', () => {
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
  });

  it('refuses a wrong check character', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('440524188001010015')).toBe(false);
    expect(isValidIdNumber('44052418800101001X')).toBe(false);
  });

  it('refuses impossible birth dates even with a matching check character', () => {
    for (const birth of [
      '19990230',
      '19990229',
      '19991301',
      '19990001',
      '19990100',
      '19990431',
      '20230229',
    ]) {
      const first17 = `110101${birth}001`;
      expect(isValidIdNumber(first17 + idNumberCheckChar(first17)), birth).toBe(false);
    }
  });

  it('accepts 29 February of a leap year', () => {
    const first17 = '11010120000229001';
    expect(isValidIdNumber(first17 + idNumberCheckChar(first17))).toBe(true);
  });

  it('refuses wrong lengths and non-digits', () => {
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('11010519491231002XX')).toBe(false);
    expect(isValidIdNumber('110105194912310')).toBe(false); // 15-digit first generation
    expect(isValidIdNumber('1101051949123100AX')).toBe(false);
    expect(isValidIdNumber('')).toBe(false);
  });
});

describe('certificateValidity', () => {
  const cert = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
    status: 'valid',
    issuedOn: '2024-06-15',
    expiresOn: '2027-06-14',
    reviews: [
      { year: 2024, passed: true },
      { year: 2025, passed: true },
      { year: 2026, passed: true },
    ],
    ...over,
  });

  it('uses 31 March as the annual review deadline', () => {
    expect(ANNUAL_REVIEW_DEADLINE).toBe('03-31');
  });

  it('is not valid the day before issue, and valid on the issue day', () => {
    expect(certificateValidity(cert(), '2024-06-14')).toEqual({ valid: false, reason: 'not_yet_valid' });
    expect(certificateValidity(cert(), '2024-06-15')).toEqual({ valid: true });
  });

  it('is valid on the expiry day and expired the day after', () => {
    expect(certificateValidity(cert(), '2027-06-14')).toEqual({ valid: true });
    expect(certificateValidity(cert(), '2027-06-15')).toEqual({ valid: false, reason: 'expired' });
  });

  it('needs no annual review in the year of issue', () => {
    expect(certificateValidity(cert({ reviews: [] }), '2024-12-31')).toEqual({ valid: true });
  });

  it('allows until 31 March without last year’s review, and not from 1 April', () => {
    const noReview2024 = cert({ reviews: [] });
    expect(certificateValidity(noReview2024, '2025-01-01')).toEqual({ valid: true });
    expect(certificateValidity(noReview2024, '2025-03-31')).toEqual({ valid: true });
    expect(certificateValidity(noReview2024, '2025-04-01')).toEqual({
      valid: false,
      reason: 'annual_review_missing',
    });
  });

  it('needs the review of the year before, not an older one', () => {
    const only2024 = cert({ reviews: [{ year: 2024, passed: true }] });
    expect(certificateValidity(only2024, '2025-04-01')).toEqual({ valid: true });
    expect(certificateValidity(only2024, '2026-03-31')).toEqual({ valid: true });
    expect(certificateValidity(only2024, '2026-04-01')).toEqual({
      valid: false,
      reason: 'annual_review_missing',
    });
  });

  it('is invalid from 1 April after a failed review', () => {
    const failed = cert({ reviews: [{ year: 2024, passed: false }] });
    expect(certificateValidity(failed, '2025-03-31')).toEqual({ valid: true });
    expect(certificateValidity(failed, '2025-04-01')).toEqual({
      valid: false,
      reason: 'annual_review_failed',
    });
  });

  it('refuses suspended and revoked certificates on any day', () => {
    for (const day of ['2024-06-15', '2025-06-01', '2027-06-14']) {
      expect(certificateValidity(cert({ status: 'suspended' }), day)).toEqual({
        valid: false,
        reason: 'suspended',
      });
      expect(certificateValidity(cert({ status: 'revoked' }), day)).toEqual({
        valid: false,
        reason: 'revoked',
      });
    }
  });

  it('reports revocation before expiry', () => {
    expect(certificateValidity(cert({ status: 'revoked' }), '2030-01-01')).toEqual({
      valid: false,
      reason: 'revoked',
    });
  });

  it('reports expiry before a missing review', () => {
    expect(certificateValidity(cert({ reviews: [] }), '2027-06-15')).toEqual({
      valid: false,
      reason: 'expired',
    });
  });
});

describe('reviewerIndicator (A4: reviewers ≥ 5% of officers)', () => {
  it('meets with no officers at all', () => {
    expect(reviewerIndicator(0, 0)).toEqual({
      reviewers: 0,
      officers: 0,
      required: 0,
      ratio: null,
      meets: true,
    });
  });

  it('needs one reviewer for 1 to 20 officers', () => {
    expect(reviewerIndicator(0, 1)).toEqual({
      reviewers: 0,
      officers: 1,
      required: 1,
      ratio: 0,
      meets: false,
    });
    expect(reviewerIndicator(1, 20)).toEqual({
      reviewers: 1,
      officers: 20,
      required: 1,
      ratio: 0.05,
      meets: true,
    });
  });

  it('meets at exactly 5%', () => {
    expect(reviewerIndicator(5, 100)).toEqual({
      reviewers: 5,
      officers: 100,
      required: 5,
      ratio: 0.05,
      meets: true,
    });
    expect(reviewerIndicator(2, 40)).toEqual({
      reviewers: 2,
      officers: 40,
      required: 2,
      ratio: 0.05,
      meets: true,
    });
  });

  it('fails just below 5%', () => {
    expect(reviewerIndicator(1, 21)).toEqual({
      reviewers: 1,
      officers: 21,
      required: 2,
      ratio: 1 / 21,
      meets: false,
    });
    expect(reviewerIndicator(4, 81)).toEqual({
      reviewers: 4,
      officers: 81,
      required: 5,
      ratio: 4 / 81,
      meets: false,
    });
  });

  it('meets above 5%', () => {
    expect(reviewerIndicator(2, 19)).toEqual({
      reviewers: 2,
      officers: 19,
      required: 1,
      ratio: 2 / 19,
      meets: true,
    });
  });
});
