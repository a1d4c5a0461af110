// The schema index for drizzle-kit (drizzle.config.ts): migrations are generated from every table
// exported here. Nothing imports it at run time; each repo reads its own module's schema.ts.
export * from './platform/ledger/schema.ts';
export * from './platform/versioning/schema.ts';
export * from './platform/calendar/schema.ts';
export * from './platform/idempotency/schema.ts';
export * from './modules/bodies/schema.ts';
export * from './modules/auth/schema.ts';
export * from './modules/catalog/schema.ts';
export * from './modules/cases/schema.ts';
export * from './modules/records/schema.ts';
export * from './modules/review/schema.ts';
export * from './modules/publicity/schema.ts';
