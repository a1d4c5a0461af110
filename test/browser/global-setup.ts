// The admin app must be built before a browser can load it; build once for the whole run.
import { ensureAdminBuilt } from '../../src/admin-build.ts';

export default async function setup() {
  await ensureAdminBuilt();
}
