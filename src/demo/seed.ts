// Demo data (fictional): the tenant of tenant.ts (4 bodies, units, 24 people with certificates, one account
// per role) and the demo catalogue. Only created on an empty database, and only when demo data is on.
import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { Services } from '../services.ts';
import { AuthService } from '../modules/auth/service.ts';
import { bodies, certificateReviews, certificates, people, units } from '../modules/bodies/schema.ts';
import { insertPerson } from '../modules/bodies/index.ts';
import { authSettings, users } from '../modules/auth/schema.ts';
import { systemCtx, today, withTx } from '../platform/context.ts';
import { seedDemoCatalogue } from '../modules/catalog/demo-seed.ts';
import { seedDemoCases } from './cases/index.ts';
import { recordVersion } from '../platform/versioning/versions.ts';
import { DEMO_BODIES, DEMO_PEOPLE, DEMO_SYSTEM_ACCOUNTS, DEMO_UNITS, type DemoBodyKey } from './tenant.ts';

export const DEMO_PASSWORD = 'Sanxiang-Demo-2026';

/**
 * The demo for people to look at (`npm start`, `sanxiang demo`): the tenant and catalogue, plus cases in
 * every stage. Tests seed only the tenant (`seedDemoIfEmpty`) so they start from empty case lists.
 */
export async function seedDemo(services: Services): Promise<boolean> {
  if (!(await seedDemoIfEmpty(services))) return false;
  await seedDemoCases(services);
  return true;
}

export async function seedDemoIfEmpty(services: Services): Promise<boolean> {
  const { db } = services.database;
  const [existing] = await db.select({ n: count() }).from(bodies);
  if ((existing?.n ?? 0) > 0) return false;
  const passwordHash = await AuthService.hashPassword(DEMO_PASSWORD);
  const ctx = systemCtx(services.clock);
  let districtId = '';

  await withTx(ctx, db, async (tctx) => {
    const { tx } = tctx;
    const ids = { province: randomUUID(), city: randomUUID(), district: randomUUID(), brigade: randomUUID() };
    const paths: Partial<Record<DemoBodyKey, string>> = {};
    for (const key of ['province', 'city', 'district', 'brigade'] as const) {
      const { parent, ...fields } = DEMO_BODIES[key];
      paths[key] = `${parent ? paths[parent] : '/'}${ids[key]}/`;
      await tx.insert(bodies).values({
        ...fields,
        id: ids[key],
        parentId: parent ? ids[parent] : null,
        path: paths[key],
        // The brigade acts in the district's name (受委托组织).
        ...(key === 'brigade' ? { delegatedById: ids.district } : {}),
      });
    }
    const unitIds = Object.fromEntries(Object.keys(DEMO_UNITS).map((key) => [key, randomUUID()])) as Record<
      keyof typeof DEMO_UNITS,
      string
    >;
    await tx.insert(units).values(
      Object.entries(DEMO_UNITS).map(([key, unit]) => ({
        ...unit,
        id: unitIds[key as keyof typeof DEMO_UNITS],
        bodyId: ids.district,
      })),
    );

    for (const p of DEMO_PEOPLE) {
      const personId = randomUUID();
      await insertPerson(tx, services.sealer, {
        id: personId,
        bodyId: ids.district,
        unitId: unitIds[p.unit],
        name: p.name,
        gender: p.gender,
        idNumber: p.idNumber,
        phone: p.phone,
        post: p.post,
        isReviewer: p.reviewer ?? false,
        legalQualificationNo: p.legalQualificationNo,
      });
      const cert = p.certificate;
      if (cert) {
        const certId = randomUUID();
        const { number, categories, region, issuer, issuedOn, expiresOn } = cert;
        await tx.insert(certificates).values({
          id: certId,
          personId,
          bodyId: ids.district,
          number,
          categories,
          region,
          issuer,
          issuedOn,
          expiresOn,
        });
        // Reviews for every year since issue up to last year, so the demo stays valid as years pass.
        const lastYear = Number(today(ctx).slice(0, 4)) - 1;
        const years = Array.from({ length: Math.max(0, lastYear - 2023 + 1) }, (_, k) => 2023 + k).filter(
          (y) => !cert.lapsed || y < 2025,
        );
        if (years.length)
          await tx.insert(certificateReviews).values(
            years.map((year) => ({
              certificateId: certId,
              year,
              passed: true,
              reviewedOn: `${year + 1}-01-20`,
            })),
          );
      }
      if (p.account) {
        await tx.insert(users).values({
          username: p.account.username,
          displayName: p.name,
          passwordHash,
          bodyId: ids.district,
          personId,
          roles: p.account.roles,
        });
      }
    }
    // Two-factor sign-in is off for the demo bodies, so every demo account signs in with the demo password
    // alone (a real body keeps the default: required of the system roles and the heads).
    await tx
      .insert(authSettings)
      .values(Object.values(ids).map((bodyId) => ({ bodyId, totpForPrivileged: false })));
    await tx
      .insert(users)
      .values(
        DEMO_SYSTEM_ACCOUNTS.map((a) => ({ ...a, roles: [...a.roles], passwordHash, bodyId: ids.district })),
      );
    // Version 1 of every seeded record, so the first edit has something to be compared with.
    for (const [entityType, table] of [
      ['body', bodies],
      ['unit', units],
      ['person', people],
      ['certificate', certificates],
    ] as const) {
      for (const row of await tx.select().from(table)) {
        // A person's blind index is not part of their record (H4; see bodies/people-repo.ts).
        const { idNumberIndex: _index, ...record } = row as typeof row & { idNumberIndex?: unknown };
        await recordVersion(tctx, { entityType, record, reason: '演示数据初始化' });
      }
    }
    districtId = ids.district;
    await services.ledger.append(tctx, {
      action: 'demo.seeded',
      entityType: 'platform',
      bodyId: ids.district,
      payload: { bodies: 4, people: DEMO_PEOPLE.length },
    });
  });
  await seedDemoCatalogue(db, services.ledger, ctx, districtId);
  return true;
}
