// Named shapes of the API, picked out of the generated schema so screens speak in domain words.
import type { z } from 'zod';
import type { paths } from './schema.d.ts';
import type {
  benchmarkData,
  itemData,
  reviewRuleData,
  serviceGuideData,
} from '../../modules/catalog/types.ts';

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

// 清单与法律依据库 (B1–B8). The server returns each kind's data as a free record; its shape is the
// kind's zod schema on the server, borrowed here as types only.
export type CatalogKind = paths['/api/v1/catalog/{kind}']['get']['parameters']['path']['kind'];
export type CatalogEntry = Ok<'/api/v1/catalog/{kind}', 'get'>[number];
export type CatalogImportResult = Ok<'/api/v1/catalog/{kind}/import', 'post'>;
export type LegalDocument = Ok<'/api/v1/legal-documents', 'get'>[number];
export type LegalDocumentInput = In<'/api/v1/legal-documents', 'post'>;
export type EvaluateInput = In<'/api/v1/discretion/evaluate', 'post'>;
export type Evaluation = Ok<'/api/v1/discretion/evaluate', 'post'>;
export type ApiToken = Ok<'/api/v1/auth/tokens', 'get'>[number];
export type ApiTokenCreated = Ok<'/api/v1/auth/tokens', 'post'>;
export type ItemData = z.output<typeof itemData>;
export type BenchmarkData = z.output<typeof benchmarkData>;
export type TierData = BenchmarkData['tiers'][number];
export type FineData = NonNullable<TierData['fine']>;
export type ArticleRef = BenchmarkData['penaltyArticles'][number];
export type ReviewRuleData = z.output<typeof reviewRuleData>;
export type ReviewConditionData = ReviewRuleData['conditions'][number];
export type ServiceGuideData = z.output<typeof serviceGuideData>;
export type GuideStep = ServiceGuideData['steps'][number];
