// C2 the officers of a case as its guards and page need them: each named person of the body, in the
// order the case lists them, with the certificate the officer checks read (Art. 42).
import { badRequest } from '../../platform/http/errors.ts';
import type { Category, OfficerJson } from '../bodies/index.ts';
import type { Officer } from './machine.ts';

/** A person of the case's body as the officer checks need them (a PersonRow or an OfficerJson). */
type OfficerSource = Pick<OfficerJson, 'id' | 'name' | 'unitId'> & {
  cert: Pick<
    NonNullable<OfficerJson['cert']>,
    'number' | 'categories' | 'issuedOn' | 'expiresOn' | 'status' | 'reviews'
  > | null;
};

/** The officers `ids` names, in that order, from the body's people found; an id not found is refused. */
export function officersInOrder(
  rows: readonly OfficerSource[],
  ids: readonly string[],
): Array<Officer & { name: string; certificateNo: string | null; unitId: string | null }> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const p = byId.get(id);
    if (!p) throw badRequest('执法人员不存在或不属于本机关', { field: 'officerIds', id });
    const certificate = p.cert && {
      status: p.cert.status,
      issuedOn: p.cert.issuedOn,
      expiresOn: p.cert.expiresOn,
      reviews: p.cert.reviews,
      categories: p.cert.categories as Category[],
    };
    return { id, name: p.name, certificate, certificateNo: p.cert?.number ?? null, unitId: p.unitId };
  });
}
