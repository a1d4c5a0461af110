// The start of the auth tests: a test app holding the demo tenant, with its three system roles — 系统管理员,
// 安全管理员, 审计管理员 — signed in, each from an address of its own (the login route is rate-limited per
// address). One place, so the suites that administer accounts start alike.
import { demoIds, loginFrom, type DemoIds } from '../api/support.ts';
import { createTestApp, type Client, type TestApp } from './app.ts';

export interface SystemRoles {
  t: TestApp;
  ids: DemoIds;
  sysadmin: Client;
  secadmin: Client;
  auditor: Client;
}

/** A new test app (`env` as for createTestApp) with sysadmin, secadmin and auditor signed in. */
export async function startWithSystemRoles(env: Record<string, string> = {}): Promise<SystemRoles> {
  const t = await createTestApp(env);
  return {
    t,
    ids: await demoIds(t),
    sysadmin: await loginFrom(t, 'sysadmin'),
    secadmin: await loginFrom(t, 'secadmin'),
    auditor: await loginFrom(t, 'auditor'),
  };
}
