// E1 for A1–A4: what the public portal shows of bodies and their officers, and the verification of a
// certificate number. The portal has no user, so these reads are not scoped; public-repo.ts selects
// public columns only.
import { today, type Actor, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import * as repo from './public-repo.ts';
import { CATEGORY_LABELS, certificateValidity, CERTIFICATE_REASON_LABELS, type Category } from './rules.ts';
import { verifyCertificate, type Verification } from './verification.ts';

export type { OfficerQuery, PublicBody } from './public-repo.ts';

export interface PublicOfficer {
  name: string;
  post: string;
  bodyId: string;
  bodyName: string;
  unitName: string | null;
  number: string;
  categories: string[];
  region: string;
  issuedOn: string;
  expiresOn: string;
  valid: boolean;
  statusText: string;
}

export class PublicRegister {
  constructor(private readonly db: Db) {}

  /** Every body in hierarchy order (a parent before its children). */
  bodies() {
    return repo.unsafeListPublicBodies(this.db);
  }

  /** The top of the hierarchy hosts the portal (主办单位 in the footer). */
  siteHost() {
    return repo.unsafeSiteHost(this.db);
  }

  /** Active officers holding a certificate, per body. */
  officerCounts() {
    return repo.unsafeCountOfficersByBody(this.db);
  }

  /** A page of the officer list, each with their current certificate and whether it is valid today. */
  async officers(
    ctx: Ctx<Actor>,
    query: repo.OfficerQuery,
  ): Promise<{ total: number; rows: PublicOfficer[] }> {
    const { total, rows } = await repo.unsafeListPublicOfficers(this.db, query);
    const on = today(ctx);
    return {
      total,
      rows: rows.map((r): PublicOfficer => {
        const validity = certificateValidity(r, on);
        return {
          name: r.name,
          post: r.post,
          bodyId: r.bodyId,
          bodyName: r.bodyName,
          unitName: r.unitName,
          number: r.number,
          categories: r.categories.map((c) => CATEGORY_LABELS[c as Category] ?? c),
          region: r.region,
          issuedOn: r.issuedOn,
          expiresOn: r.expiresOn,
          valid: validity.valid,
          statusText: validity.valid ? '有效' : CERTIFICATE_REASON_LABELS[validity.reason],
        };
      }),
    };
  }

  /** A certificate number as the public verification page shows it; 404 when unknown. */
  verifyCertificate(ctx: Ctx<Actor>, number: string): Promise<Verification> {
    return verifyCertificate(this.db, ctx, number);
  }
}
