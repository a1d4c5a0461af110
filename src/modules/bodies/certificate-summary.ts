// A4: a person's current certificate as the people list and the roster show it, with its validity on
// the day asked (the caller's "today").
import type { PersonListRow } from './people-list-repo.ts';
import type { PersonRow } from './repo.ts';
import {
  certificateValidity,
  CERTIFICATE_REASON_LABELS,
  type Category,
  type CertificateFacts,
  reviewYearFor,
} from './rules.ts';

/** A certificate as lists show it, with its validity on `on`. */
export function summariseCertificate(cert: PersonRow['cert'], on: string) {
  if (!cert) return null;
  const validity = certificateValidity(cert, on);
  return {
    id: cert.id,
    number: cert.number,
    categories: cert.categories as Category[],
    region: cert.region,
    issuedOn: cert.issuedOn,
    expiresOn: cert.expiresOn,
    status: cert.status,
    valid: validity.valid,
    invalidReason: validity.valid ? null : CERTIFICATE_REASON_LABELS[validity.reason],
  };
}

const VALID_JSON = ',"valid":true,"invalidReason":null}';

/**
 * The same summary as JSON text, from a row of the list's SQL (people-list-repo.ts): the certificate's
 * JSON object written up to `status` with its closing brace left off, and the facts its validity depends
 * on, the annual review being that of `reviewYearFor(on)`. `valid` and `invalidReason` are appended and
 * the object closed; "null" without a certificate.
 */
export function certificateSummaryJson(row: PersonListRow, on: string): string {
  if (row.certificate === null) return 'null';
  const facts: CertificateFacts = {
    status: row.status!,
    issuedOn: row.issuedOn!,
    expiresOn: row.expiresOn!,
    reviews: row.reviewPassed === null ? [] : [{ year: reviewYearFor(on), passed: row.reviewPassed }],
  };
  const validity = certificateValidity(facts, on);
  if (validity.valid) return row.certificate + VALID_JSON;
  const reason = JSON.stringify(CERTIFICATE_REASON_LABELS[validity.reason]);
  return `${row.certificate},"valid":false,"invalidReason":${reason}}`;
}
