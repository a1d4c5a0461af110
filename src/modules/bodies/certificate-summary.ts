// A4: a person's current certificate as the people list and the roster show it, with its validity on
// the day asked (the caller's "today").
import type { PersonRow } from './repo.ts';
import { certificateValidity, CERTIFICATE_REASON_LABELS, type Category } from './rules.ts';

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
