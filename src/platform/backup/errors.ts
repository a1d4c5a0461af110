// A backup or restore that cannot go on: the message names the file, directory or database concerned
// and says what to do; the CLI prints it and exits non-zero.
export class BackupError extends Error {
  override name = 'BackupError';
}
