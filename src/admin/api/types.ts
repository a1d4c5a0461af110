// Named shapes of the API, picked out of the generated schema so screens speak in domain words.
import type { paths } from './schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Ok<P extends keyof paths, M extends 'get' | 'post' | 'put'> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: infer A }
    ? Json<A>
    : R extends { 201: infer B }
      ? Json<B>
      : never
  : never;
type In<P extends keyof paths, M extends 'post' | 'put'> = paths[P][M] extends { requestBody: infer R }
  ? Json<R>
  : never;

export type Me = Ok<'/api/v1/auth/me', 'get'>;
export type Body = Ok<'/api/v1/bodies/{id}', 'get'>;
export type BodyUpdate = In<'/api/v1/bodies/{id}', 'put'>;
export type BodyCreate = In<'/api/v1/bodies', 'post'>;
export type ReviewerIndicator = Ok<'/api/v1/bodies/{id}/reviewer-indicator', 'get'>;
export type Version = Ok<'/api/v1/bodies/{id}/versions', 'get'>[number];
export type Unit = Ok<'/api/v1/units', 'get'>[number];
export type UnitKind = Unit['kind'];
export type PersonListItem = Ok<'/api/v1/people', 'get'>['items'][number];
export type PersonDetail = Ok<'/api/v1/people/{id}', 'get'>;
export type PersonCreate = In<'/api/v1/people', 'post'>;
export type PersonUpdate = In<'/api/v1/people/{id}', 'put'>;
export type Certificate = Ok<'/api/v1/certificates/{id}', 'get'>;
export type CertificateCreate = In<'/api/v1/certificates', 'post'>;
export type CertificateUpdate = In<'/api/v1/certificates/{id}', 'put'>;
export type CertificateReview = In<'/api/v1/certificates/{id}/reviews', 'post'>;
export type Category = CertificateCreate['categories'][number];
export type User = Ok<'/api/v1/users', 'get'>[number];
export type Role = User['roles'][number];
export type AuditEntry = Ok<'/api/v1/audit', 'get'>['items'][number];
export type LedgerVerification = Ok<'/api/v1/ledger/verify', 'get'>;
export type Deadline = Ok<'/api/v1/calendar/deadline', 'get'>;
