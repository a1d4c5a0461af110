// H5: configuration is validated once; a wrong setting names itself.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has working defaults for the embedded quick start', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.resolve('./data'),
      database: { kind: 'pglite', dir: path.join(path.resolve('./data'), 'db') },
      storage: { driver: 'fs', root: path.join(path.resolve('./data'), 'objects') },
      demoData: true,
      sessionIdleMinutes: 30,
      sessionCacheSeconds: 2,
      apiTokenMaxDays: 365,
      initialPasswordDays: 3,
      cookieSecure: false,
      trustProxy: false,
      ledgerCheckpointEvery: 1000,
      ledgerSigningKey: undefined,
      logLevel: 'info',
      maxBodyBytes: 1024 * 1024,
      maxUploadBytes: 200 * 1024 * 1024,
      maxRecordBytes: 8 * 1024 ** 3,
      uploadDir: path.join(path.resolve('./data'), 'uploads'),
    });
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).database.kind).toBe('pglite');
  });

  it('uses PostgreSQL with DATABASE_URL and then defaults demo data off', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/sx', DATABASE_POOL_SIZE: '25' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/sx', poolSize: 25 });
    expect(c.demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/sx', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('configures S3 storage with a bucket', () => {
    expect(
      loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'evidence', S3_ENDPOINT: 'http://minio:9000' }).storage,
    ).toEqual({
      driver: 's3',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      bucket: 'evidence',
      accessKeyId: undefined,
      secretAccessKey: undefined,
      prefix: '',
      forcePathStyle: true,
    });
  });

  it('parses booleans and numbers', () => {
    const c = loadConfig({
      COOKIE_SECURE: 'yes',
      TRUST_PROXY: '1',
      PORT: '8080',
      SESSION_IDLE_MINUTES: '15',
      LEDGER_CHECKPOINT_EVERY: '10',
    });
    expect([c.cookieSecure, c.trustProxy, c.port, c.sessionIdleMinutes, c.ledgerCheckpointEvery]).toEqual([
      true,
      true,
      8080,
      15,
      10,
    ]);
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '0' }],
    ['PORT', { PORT: '65536' }],
    ['PORT', { PORT: '80.5' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/sx' }],
    ['DATABASE_URL', { DATABASE_URL: 'localhost:5432' }],
    ['S3_BUCKET', { STORAGE_DRIVER: 's3' }],
    ['STORAGE_DRIVER', { STORAGE_DRIVER: 'ftp' }],
    ['S3_ENDPOINT', { STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_ENDPOINT: 'not a url' }],
    ['LEDGER_CHECKPOINT_EVERY', { LEDGER_CHECKPOINT_EVERY: '9' }],
    ['LEDGER_SIGNING_KEY', { LEDGER_SIGNING_KEY: 'abc' }],
    ['COOKIE_SECURE', { COOKIE_SECURE: 'maybe' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
    ['SESSION_IDLE_MINUTES', { SESSION_IDLE_MINUTES: '0' }],
    ['MAX_BODY_BYTES', { MAX_BODY_BYTES: '100' }],
    ['KEY_ENCRYPTION_KEY', { KEY_ENCRYPTION_KEY: 'abc' }],
    ['MAX_UPLOAD_BYTES', { MAX_UPLOAD_BYTES: '100' }],
    ['INITIAL_PASSWORD_DAYS', { INITIAL_PASSWORD_DAYS: '0' }],
    ['INITIAL_PASSWORD_DAYS', { INITIAL_PASSWORD_DAYS: '1.5' }],
  ])('refuses a wrong %s, naming it', (setting, env) => {
    const e = configError(env);
    expect(e.message).toMatch(/^配置错误 \(configuration error\):\n/);
    expect(e.message).toContain(`  ${setting}: `);
  });

  it('names every wrong setting at once', () => {
    const e = configError({ PORT: 'x', DATABASE_URL: 'mysql://h/d', LOG_LEVEL: 'loud' });
    const lines = e.message
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(':')[0]);
    expect(lines.sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
  });
});
