// Platform configuration (H5): every setting comes from the environment and is validated once at start,
// so a wrong value stops the process with a message naming the setting instead of failing later.
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Unset: 127.0.0.1 while demo data is on (its password is published), else every interface. */
    HOST: z.string().min(1).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, '必须是 postgres:// 或 postgresql:// 连接串')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    STORAGE_DRIVER: z.enum(['fs', 's3']).default('fs'),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_PREFIX: z.string().default(''),
    DEMO_DATA: bool.optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    /**
     * H2: how long a process reuses a session it resolved (modules/auth/session-cache.ts). A change made
     * in this process is seen at the next request; one made in another process within this many seconds.
     */
    SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(2),
    /** H7: the longest an API token may live; none asked for gets this much. */
    API_TOKEN_MAX_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    /** H1 / 三员: a one-time initial password stops working this many days after it was issued. */
    INITIAL_PASSWORD_DAYS: z.coerce.number().int().min(1).max(90).default(3),
    COOKIE_SECURE: bool.default(false),
    TRUST_PROXY: bool.default(false),
    LEDGER_CHECKPOINT_EVERY: z.coerce.number().int().min(10).max(1_000_000).default(1000),
    LEDGER_SIGNING_KEY: z
      .string()
      .regex(/^[0-9a-f]{64}$/i, '必须是 64 位十六进制 SM2 私钥')
      .optional(),
    /** Master key sealing secrets at rest (SM4); without it a key file is made in DATA_DIR/keys. */
    KEY_ENCRYPTION_KEY: z
      .string()
      .regex(/^[0-9a-f]{64}$/i, '必须是 64 位十六进制（32 字节）主密钥')
      .optional(),
    /** Where pg_dump / pg_restore live (backup and restore on PostgreSQL); else Debian's newest, else PATH. */
    PG_BIN: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    /** Largest uploaded file (evidence, agreements, imports): multipart bodies are streamed, not held. */
    MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(200 * 1024 * 1024),
    /** C6: the largest audio/video record accepted through the resumable upload (default 8 GiB). */
    MAX_RECORD_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .default(8 * 1024 ** 3),
  })
  .superRefine((env, ctx) => {
    if (env.STORAGE_DRIVER === 's3' && !env.S3_BUCKET) {
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'STORAGE_DRIVER=s3 时必须设置' });
    }
  });

export type Env = z.output<typeof envSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string; poolSize: number };
  storage:
    | { driver: 'fs'; root: string }
    | {
        driver: 's3';
        endpoint?: string;
        region: string;
        bucket: string;
        accessKeyId?: string;
        secretAccessKey?: string;
        prefix: string;
        forcePathStyle: boolean;
      };
  demoData: boolean;
  sessionIdleMinutes: number;
  sessionCacheSeconds: number;
  apiTokenMaxDays: number;
  initialPasswordDays: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  ledgerCheckpointEvery: number;
  ledgerSigningKey?: string;
  keyEncryptionKey?: string;
  pgBin?: string;
  logLevel: Env['LOG_LEVEL'];
  maxBodyBytes: number;
  maxUploadBytes: number;
  maxRecordBytes: number;
  /** C6: where resumable uploads are kept until they are complete (DATA_DIR/uploads). */
  uploadDir: string;
}

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError naming every wrong setting. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置错误 (configuration error):\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.DATA_DIR);
  // Demo data defaults to on for the embedded database (the quick start) and off for a real server.
  const demoData = env.DEMO_DATA ?? !env.DATABASE_URL;
  return {
    port: env.PORT,
    // The demo accounts' password is in the README: a demo answers this machine only unless HOST says so.
    host: env.HOST ?? (demoData ? '127.0.0.1' : '0.0.0.0'),
    dataDir,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dir: path.join(dataDir, 'db') },
    storage:
      env.STORAGE_DRIVER === 's3'
        ? {
            driver: 's3',
            endpoint: env.S3_ENDPOINT,
            region: env.S3_REGION,
            bucket: env.S3_BUCKET ?? '',
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            prefix: env.S3_PREFIX,
            forcePathStyle: true,
          }
        : { driver: 'fs', root: path.join(dataDir, 'objects') },
    demoData,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    sessionCacheSeconds: env.SESSION_CACHE_SECONDS,
    apiTokenMaxDays: env.API_TOKEN_MAX_DAYS,
    initialPasswordDays: env.INITIAL_PASSWORD_DAYS,
    cookieSecure: env.COOKIE_SECURE,
    trustProxy: env.TRUST_PROXY,
    ledgerCheckpointEvery: env.LEDGER_CHECKPOINT_EVERY,
    ledgerSigningKey: env.LEDGER_SIGNING_KEY,
    keyEncryptionKey: env.KEY_ENCRYPTION_KEY,
    pgBin: env.PG_BIN,
    logLevel: env.LOG_LEVEL,
    maxBodyBytes: env.MAX_BODY_BYTES,
    maxUploadBytes: env.MAX_UPLOAD_BYTES,
    maxRecordBytes: env.MAX_RECORD_BYTES,
    uploadDir: path.join(dataDir, 'uploads'),
  };
}
