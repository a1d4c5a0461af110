// C10 who sees which case: records are not viewed at will. The head, deputies, the legal unit and the
// archive see every case of the bodies in their scope; officers and unit heads see the cases they handle
// and their unit's; the publisher reaches decisions through publicity (E), not the case files. Pure, and
// free of the procedures, so the staff app can import it.
import type { Role } from '../access/index.ts';

const CASE_WIDE_ROLES: ReadonlySet<string> = new Set<Role>([
  'head',
  'deputy',
  'legal_head',
  'reviewer',
  'archivist',
]);

export function seesAllCases(roles: readonly string[]): boolean {
  return roles.some((r) => CASE_WIDE_ROLES.has(r));
}
