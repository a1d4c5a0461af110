// B2 the demo legal basis library: every version of every document the demo catalogue cites.
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
