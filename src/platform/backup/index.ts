// H6 backup and restore (see backup.ts, restore.ts); the CLI's commands are in src/backup-commands.ts.
export { backup, type BackupResult } from './backup.ts';
export { restore, type RestoreOptions } from './restore.ts';
export { BackupError } from './errors.ts';
export { MANIFEST_FILE, readManifest, type Manifest } from './manifest.ts';
export { ledgerHead, type LedgerHead } from './state-repo.ts';
