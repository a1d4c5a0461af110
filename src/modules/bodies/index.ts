// A1–A4: enforcement bodies (with delegation) and their units, the people who work there and their
// enforcement certificates with annual reviews, and the public verification of a certificate number.
import type { Database } from '../../platform/db/client.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import { bodiesLedger } from './events.ts';
import type { PeopleService } from './people-service.ts';
import type { BodiesService } from './service.ts';

export const bodiesModule: ModuleDescriptor<{
  bodies: BodiesService;
  people: PeopleService;
  database: Database;
}> = {
  name: 'bodies',
  events: bodiesLedger,
  routes: async (app, { bodies, people, database }) => {
    const { bodyRoutes } = await import('./routes.ts');
    const { peopleRoutes } = await import('./people-routes.ts');
    bodyRoutes(app, bodies);
    peopleRoutes(app, { db: database.db, people });
  },
};

export { BodiesService } from './service.ts';
export { PeopleService } from './people-service.ts';
export {
  findPersonIdByIdNumber,
  insertPerson,
  PEOPLE_SEALED,
  PERSON_VERSIONS_SEALED,
} from './people-repo.ts';
export type { Verification } from './verification.ts';
export { PublicRegister, type PublicBody } from './public-register.ts';
export {
  AUTHORITY_KINDS,
  AUTHORITY_LABELS,
  CATEGORIES,
  CATEGORY_LABELS,
  type AuthorityKind,
  certificateValidity,
  type Category,
  type CertificateFacts,
  isValidCreditCode,
  isValidIdNumber,
} from './rules.ts';
export {
  bodyIdsUnder,
  bodyNameOf,
  bodyPathOf,
  entrustingBodyOf,
  officersOf,
  personNameOf,
  unitOfPersonIn,
  type OfficerJson,
} from './fragments-repo.ts';
export { creditCode, idNumber, idParam, isoDate, reason, versionsOutput } from './types.ts';
