// What the demo tenant in every seeded test app's database holds, read from the seed's own data
// (src/demo/tenant.ts, and the demo catalogue of src/modules/catalog/demo) rather than retyped: a test
// that needs a demo body's, unit's or person's name takes it from here, so renaming anything in the demo
// breaks no test but the demo's own (test/demo/demo.test.ts).
import {
  DEMO_BODIES,
  DEMO_PEOPLE,
  DEMO_SYSTEM_ACCOUNTS,
  DEMO_UNITS,
  demoPerson,
  type DemoBodyKey,
  type DemoUnitKey,
} from '../../src/demo/tenant.ts';
import { DEMO_CATALOGUE } from '../../src/modules/catalog/demo/index.ts';

export { DEMO_BODIES, DEMO_PEOPLE, DEMO_SYSTEM_ACCOUNTS, DEMO_UNITS, demoPerson };
export type { DemoBodyKey, DemoUnitKey };

/** The name of a demo body. */
export const demoBodyName = (key: DemoBodyKey): string => DEMO_BODIES[key].name;

/** The name of a unit of the demo district. */
export const demoUnitName = (key: DemoUnitKey): string => DEMO_UNITS[key].name;

/** The display name of a demo account: its person's name, or the system role's title. */
export function demoDisplayName(username: string): string {
  const system = DEMO_SYSTEM_ACCOUNTS.find((a) => a.username === username);
  return system ? system.displayName : demoPerson(username).name;
}

/** The demo catalogue the demo district holds (laws, items, benchmarks, review rules, guides…). */
export { DEMO_CATALOGUE };

/** A review rule of the demo catalogue as the case service words it in a case's reasons: description（basis）. */
export function demoReviewReason(code: string): string {
  const rule = DEMO_CATALOGUE.reviewRules.find((r) => r.code === code);
  if (!rule) throw new Error(`no demo review rule ${code}`);
  return `${rule.description}（${rule.basis}）`;
}

/** A discretion benchmark of the demo catalogue. */
export function demoBenchmark(code: string) {
  const benchmark = DEMO_CATALOGUE.benchmarks.find((b) => b.code === code);
  if (!benchmark) throw new Error(`no demo benchmark ${code}`);
  return benchmark;
}

/** One tier of a demo benchmark (its conditions and note as published). */
export function demoTier(code: string, tier: string) {
  const rule = demoBenchmark(code).tiers.find((t) => t.tier === tier);
  if (!rule) throw new Error(`demo benchmark ${code} has no tier ${tier}`);
  return rule;
}
