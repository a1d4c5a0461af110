// Shared reads used by several screens (body and unit pickers), with one cache key each so a save on
// one screen refreshes the pickers on the others.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';

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
