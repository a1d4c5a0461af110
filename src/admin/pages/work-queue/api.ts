// The work queue (待办) read: one cache key, shared by the page and the menu's badge. It sits under the
// case lists' key, so whatever refreshes the lists (a step taken, a case registered) refreshes both.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type WorkQueue = Json<paths['/api/v1/work-queue']['get']['responses'][200]>;
export type WorkSection = WorkQueue['sections'][number];
export type WorkItem = WorkSection['items'][number];

export const workQueueKey = ['cases', 'list', 'work-queue'] as const;

export function useWorkQueue(enabled = true) {
  return useQuery({
    queryKey: workQueueKey,
    queryFn: () => unwrap(api.GET('/api/v1/work-queue', { params: { query: { limit: 20 } } })),
    enabled,
  });
}
