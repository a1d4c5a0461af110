// B2 the demo legal basis library: every version of every document the demo catalogue cites.
//
// Every quoted article was compared with public texts of the version named (checked 2026-12; the rows are
// kept in ./checked.ts and tested by checked.test.ts). Where the wording differed the text found
// replaced ours; `needsReview` (待核对) stays only on articles no trustworthy text was found for.
import type { LegalDocumentVersion } from '../../model.ts';
import { ADMINISTRATIVE_LAWS } from './administrative.ts';
import { DISEASE_CONTROL_LAWS } from './disease-control.ts';
import { MEDICAL_INSTITUTION_LAWS } from './medical-institutions.ts';
import { MEDICAL_LAWS } from './medical.ts';
import { OCCUPATIONAL_LAWS } from './occupational.ts';
import { PUBLIC_HEALTH_LAWS } from './public-health.ts';

export * from './administrative.ts';
export * from './disease-control.ts';
export * from './medical-institutions.ts';
export * from './medical.ts';
export * from './occupational.ts';
export * from './public-health.ts';

export const DEMO_LAWS: LegalDocumentVersion[] = [
  ...ADMINISTRATIVE_LAWS,
  ...MEDICAL_LAWS,
  ...MEDICAL_INSTITUTION_LAWS,
  ...PUBLIC_HEALTH_LAWS,
  ...DISEASE_CONTROL_LAWS,
  ...OCCUPATIONAL_LAWS,
];
