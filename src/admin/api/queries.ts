// Shared reads used by several screens (body and unit pickers), with one cache key each so a save on
// one screen refreshes the pickers on the others.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { CatalogKind } from './types.ts';

export const keys = {
  bodies: (q = '') => ['bodies', q] as const,
  body: (id: string) => ['body', id] as const,
  bodyVersions: (id: string) => ['body', id, 'versions'] as const,
  indicator: (id: string) => ['body', id, 'indicator'] as const,
  units: (bodyId?: string) => ['units', bodyId ?? 'all'] as const,
  people: (filters: object) => ['people', filters] as const,
  person: (id: string) => ['person', id] as const,
  personVersions: (id: string) => ['person', id, 'versions'] as const,
  certificate: (id: string) => ['certificate', id] as const,
  users: ['users'] as const,
  catalog: (kind: CatalogKind, filters: object = {}) => ['catalog', kind, filters] as const,
  catalogVersions: (kind: CatalogKind, code: string) => ['catalog-versions', kind, code] as const,
  legalDocuments: ['legal-documents'] as const,
  tokens: ['api-tokens'] as const,
};

export function useBodies(q = '') {
  return useQuery({
    queryKey: keys.bodies(q),
    queryFn: () => unwrap(api.GET('/api/v1/bodies', { params: { query: q ? { q } : {} } })),
  });
}

export function useUnits(bodyId?: string) {
  return useQuery({
    queryKey: keys.units(bodyId),
    queryFn: () => unwrap(api.GET('/api/v1/units', { params: { query: bodyId ? { bodyId } : {} } })),
  });
}

/** Options for a body <Select>, in the order the server lists them (hierarchy). */
export function useBodyOptions() {
  const bodies = useBodies();
  return { ...bodies, options: (bodies.data ?? []).map((b) => ({ value: b.id, label: b.name })) };
}

/** The entries of one catalogue in force on `date` (today when absent). */
export function useCatalog(kind: CatalogKind, filters: { q?: string; date?: string } = {}) {
  return useQuery({
    queryKey: keys.catalog(kind, filters),
    queryFn: () => unwrap(api.GET('/api/v1/catalog/{kind}', { params: { path: { kind }, query: filters } })),
  });
}

/** Every version of an entry, oldest first; the last one is what an edit must name as its base. */
export function useCatalogVersions(kind: CatalogKind, code: string) {
  return useQuery({
    queryKey: keys.catalogVersions(kind, code),
    enabled: code !== '',
    queryFn: () =>
      unwrap(api.GET('/api/v1/catalog/{kind}/{code}/versions', { params: { path: { kind, code } } })),
  });
}

/** The legal library: every version of every document with its articles (citations resolve against it). */
export function useLegalDocuments() {
  return useQuery({
    queryKey: keys.legalDocuments,
    queryFn: () => unwrap(api.GET('/api/v1/legal-documents')),
    staleTime: 5 * 60_000,
  });
}
