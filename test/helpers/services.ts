// What every test app runs with, and the run's database template was built with: quiet logs, one master
// key for all (a database copied from the template holds keys sealed under it), the pinned holiday
// notices, and a fixed clock.
import { loadConfig, type Config } from '../../src/platform/config.ts';
import type { Clock } from '../../src/platform/clock.ts';
import type { ServiceOptions } from '../../src/services.ts';
import { PINNED_NOTICES } from './calendar.ts';
import { testClock } from './clock.ts';

/** The master key (KEY_ENCRYPTION_KEY) of every test app; a test may pass its own in `env`. */
export const TEST_KEY_ENCRYPTION_KEY = '5a'.repeat(32);

/**
 * The ledger's head-signing key (LEDGER_SIGNING_KEY) of every test app: a database copied from the
 * template registered its public key, and a start with another key is refused (signing-key.ts). A test
 * passes `LEDGER_SIGNING_KEY: ''` (and an unseeded database) to use the key file instead.
 */
export const TEST_LEDGER_SIGNING_KEY = '1c'.repeat(32);

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY,
    LEDGER_SIGNING_KEY: TEST_LEDGER_SIGNING_KEY,
    ...env,
  });
}

export const testServiceOptions = (clock: Clock = testClock()): ServiceOptions => ({
  clock,
  holidayNotices: PINNED_NOTICES,
});
