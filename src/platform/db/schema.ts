// The schema index: drizzle-kit generates migrations from everything exported here.
export * from '../ledger/schema.ts';
export * from '../versioning/schema.ts';
export * from '../calendar/schema.ts';
export * from '../../modules/bodies/schema.ts';
export * from '../../modules/auth/schema.ts';
export * from '../../modules/catalog/schema.ts';
export * from '../../modules/cases/schema.ts';
