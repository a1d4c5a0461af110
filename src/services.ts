// Wiring: opens the database, applies migrations, and builds every service once. The HTTP app, the CLI
// and the tests all start from here, so they run the same code.
import type { Config } from './platform/config.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { openDatabase, type Database, type DatabaseTarget } from './platform/db/client.ts';
import { runMigrations } from './platform/db/migrate.ts';
import { sealPlaintextPersonalData } from './sealed-data.ts';
import { Ledger } from './platform/ledger/ledger.ts';
import { resolveLedgerSigningKey } from './platform/ledger/signing-key.ts';
import { headsFileOf } from './platform/ledger/heads-file.ts';
import { masterKey, SealError, Sealer } from './platform/crypto/sealing.ts';
import { createObjectStore, type ObjectStore } from './platform/storage/index.ts';
import { IdempotencyStore } from './platform/idempotency/store.ts';
import { CalendarService } from './platform/calendar/service.ts';
import type { HolidayNotices } from './platform/calendar/rules.ts';
import { AccountService, ApiTokenService, AuthService, SecondFactorService } from './modules/auth/index.ts';
import { BodiesService, PeopleService, PublicRegister } from './modules/bodies/index.ts';
import { CatalogService } from './modules/catalog/index.ts';
import {
  CaseDocumentsService,
  CaseFileExportService,
  CasePartiesService,
  DocumentsCaseFileSource,
  EvidenceCaseFileSource,
  CasesService,
  CaseListService,
  CaseDeadlinesService,
  CaseQueueService,
  EvidenceService,
} from './modules/cases/index.ts';
import { ReviewQueueService, ReviewService } from './modules/review/index.ts';
import { WorkQueueService } from './modules/work-queue/index.ts';
import { ExemptionsService, HashingFileStore, RecordsService } from './modules/records/index.ts';
import { recordsCaseFileSource } from './records-case-file-source.ts';
import {
  PublicationLifecycle,
  PublicationsService,
  PublicPublications,
  PublisherQueue,
} from './modules/publicity/index.ts';

export interface Services {
  /** The one source of "now"; tests pass a fixed clock. */
  clock: Clock;
  database: Database;
  ledger: Ledger;
  /** Seals secrets and personal data under the master key (H4). */
  sealer: Sealer;
  store: ObjectStore;
  /** The Idempotency-Key records of the create routes (platform/idempotency). */
  idempotency: IdempotencyStore;
  calendar: CalendarService;
  bodies: BodiesService;
  people: PeopleService;
  /** The portal's reads of bodies and officers (public columns, no user). */
  publicRegister: PublicRegister;
  auth: AuthService;
  /** Accounts under 三员分立: creation, roles, unlock, reset, disable. */
  accounts: AccountService;
  /** Two-factor sign-in: enrolment, the body's setting, the reset of a lost factor. */
  factors: SecondFactorService;
  tokens: ApiTokenService;
  catalog: CatalogService;
  cases: CasesService;
  caseLists: CaseListService;
  caseDeadlines: CaseDeadlinesService;
  evidence: EvidenceService;
  caseDocuments: CaseDocumentsService;
  /** The case-file export (C8, C10); the AV records module adds its files with `addSource`. */
  caseFiles: CaseFileExportService;
  caseParties: CasePartiesService;
  /** Each role's work queue (待办), from the cases module's queue sections. */
  workQueue: WorkQueueService;
  /** C6 audio/video records, their resumable uploads (tus data store) and "AV not possible" records. */
  records: RecordsService;
  avUploads: HashingFileStore;
  avExemptions: ExemptionsService;
  /** D2–D7 the legal review of major decisions. */
  reviews: ReviewService;
  /** E3–E6 publication drafts and their approval; E7/E8 publishing, withdrawal, expiry. */
  publications: PublicationsService;
  publicationLifecycle: PublicationLifecycle;
  /** The portal's reads of published decisions (redacted columns only). */
  publicPublications: PublicPublications;
  close(): Promise<void>;
}

export interface ServiceOptions {
  clock?: Clock;
  /** The holiday notices deadlines count with: chinese-days unless given (tests pin theirs). */
  holidayNotices?: HolidayNotices;
}

export async function createServices(
  config: Config,
  target: DatabaseTarget = config.database,
  options: ServiceOptions = {},
): Promise<Services> {
  const clock = options.clock ?? systemClock;
  // First, so a missing or corrupt key file stops the start before the database is opened.
  const master = masterKey(config.keyEncryptionKey, config.dataDir);
  const sealer = new Sealer(master);
  const database = await openDatabase(target);
  const store = createObjectStore(config.storage);
  let ledgerKey: string;
  try {
    await runMigrations(database);
    // H4: personal data an earlier release stored in the clear is sealed before anything reads it.
    await sealPlaintextPersonalData(database, sealer, store);
    // C8: the heads' signing key, from outside the database (moved out of it on an upgrade).
    ledgerKey = await resolveLedgerSigningKey({
      configured: config.ledgerSigningKey,
      dataDir: config.dataDir,
      sealer,
      db: database.db,
    });
  } catch (e) {
    await database.close();
    throw e;
  }
  const db = database.db;
  const ledger = new Ledger(db, {
    headEvery: config.ledgerCheckpointEvery,
    signingKey: ledgerKey,
    headsFile: headsFileOf(config.dataDir),
    clock,
  });
  const idempotency = new IdempotencyStore(db, sealer, master);
  await store.removeStaleTemporaryFiles?.(clock.now());
  const bodies = new BodiesService(db, ledger, store);
  const people = new PeopleService(db, ledger, bodies, sealer);
  const publicRegister = new PublicRegister(db);
  const factors = new SecondFactorService(db, ledger, sealer, bodies);
  const auth = new AuthService(db, ledger, factors, {
    idleMinutes: config.sessionIdleMinutes,
    sessionCacheSeconds: config.sessionCacheSeconds,
    initialPasswordDays: config.initialPasswordDays,
  });
  const accounts = new AccountService(db, ledger, bodies, people, {
    initialPasswordDays: config.initialPasswordDays,
  });
  const calendar = new CalendarService(db, ledger, options.holidayNotices);
  const tokens = new ApiTokenService(db, ledger, { maxDays: config.apiTokenMaxDays });
  const catalog = new CatalogService(db, ledger, bodies);
  const cases = new CasesService(db, ledger, calendar, people, bodies, catalog, sealer);
  const caseLists = new CaseListService(db, ledger, calendar, people, sealer);
  const caseDeadlines = new CaseDeadlinesService(db, ledger, calendar, people);
  const evidence = new EvidenceService(db, ledger, store, cases);
  const caseDocuments = new CaseDocumentsService(db, ledger, store, cases, bodies, catalog, sealer);
  const caseParties = new CasePartiesService(db, ledger, cases, sealer);
  const caseFiles = new CaseFileExportService(db, ledger, cases, [
    new DocumentsCaseFileSource(db, store, sealer),
    new EvidenceCaseFileSource(db, store),
  ]);
  const publications = new PublicationsService(db, ledger, calendar, sealer, catalog);
  const publicationLifecycle = new PublicationLifecycle(db, ledger, calendar, sealer, publications);
  // E3/E8: a decision creates its draft, a revocation takes its publication down, in the step's transaction.
  cases.onStep(publications.onStep);
  cases.onStep(publicationLifecycle.onStep);
  const publicPublications = new PublicPublications(db);
  const workQueue = new WorkQueueService(
    new CaseQueueService(db, calendar, people),
    new ReviewQueueService(db, calendar),
    new PublisherQueue(db, calendar),
  );
  const avUploads = new HashingFileStore(config.uploadDir);
  const records = new RecordsService(db, ledger, store, avUploads, cases, catalog, calendar);
  caseFiles.addSource(recordsCaseFileSource(records, store));
  const avExemptions = new ExemptionsService(db, ledger, cases);
  const reviews = new ReviewService(db, ledger, calendar, cases, people, bodies);
  try {
    // Keys sealed under another master key would fail every write at the next checkpoint or signature:
    // refuse to start instead, naming the setting.
    await ledger.prepare();
    await caseDocuments.prepareSigningKeys();
  } catch (e) {
    await database.close();
    if (!(e instanceof SealError)) throw e;
    throw new SealError(
      `无法启动：数据库中的签名密钥不能用本机的主密钥解密（${e.message}）。多台服务器共用一个数据库时，每台须设置相同的 KEY_ENCRYPTION_KEY，` +
        '即最初启动的服务器上 DATA_DIR/keys/master.key 的内容 (the stored signing keys do not open under this master key: set KEY_ENCRYPTION_KEY)',
    );
  }
  return {
    clock,
    database,
    ledger,
    sealer,
    store,
    idempotency,
    calendar,
    bodies,
    people,
    publicRegister,
    auth,
    accounts,
    factors,
    tokens,
    catalog,
    cases,
    caseLists,
    caseDeadlines,
    evidence,
    caseDocuments,
    caseFiles,
    caseParties,
    workQueue,
    records,
    avUploads,
    avExemptions,
    reviews,
    publications,
    publicationLifecycle,
    publicPublications,
    close: async () => {
      // C8: a signed head over everything written, published before the database goes away.
      await ledger.signHeadNow().catch(() => undefined);
      await database.close();
    },
  };
}
