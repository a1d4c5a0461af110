// E3–E8 the publications API for the staff app: one cache key for the lists and each item, so every
// change (edit, approval, publishing, withdrawal) refreshes both, and the work queue beside them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Publication = Json<paths['/api/v1/publicity/publications/{id}']['get']['responses'][200]>;
export type PublicationItem = Json<
  paths['/api/v1/publicity/publications']['get']['responses'][200]
>['items'][number];
export type EditBody = NonNullable<
  paths['/api/v1/publicity/publications/{id}']['put']['requestBody']
>['content']['application/json'];

export const publicationsKey = ['publications'] as const;

export const STATUS_LABELS: Record<string, string> = {
  draft: '待编辑',
  in_approval: '审批中',
  approved: '待发布',
  published: '已公开',
  not_published: '不予公开',
  withdrawn: '已撤回',
  expired: '公示期满',
  cancelled: '已取消',
};
export const STEP_LABELS: Record<string, string> = {
  drafter: '承办人',
  unit_head: '承办机构负责人',
  deputy: '分管领导',
  head: '主要负责人',
};
export const NOT_PUBLISHED_REASONS: Record<string, string> = {
  minor: '当事人为未成年人',
  state_secret: '涉及国家秘密',
  trade_secret: '涉及商业秘密',
  privacy: '涉及个人隐私',
  security: '可能危及国家安全、公共安全、经济安全和社会稳定',
  law: '法律、法规规定不予公开',
};

export function usePublications(status: string) {
  return useQuery({
    queryKey: [...publicationsKey, 'list', status],
    queryFn: () => unwrap(api.GET('/api/v1/publicity/publications', { params: { query: { status } } })),
  });
}

export function usePublication(id: string) {
  return useQuery({
    queryKey: [...publicationsKey, 'item', id],
    queryFn: () => unwrap(api.GET('/api/v1/publicity/publications/{id}', { params: { path: { id } } })),
  });
}

/** Every write answers with the item as it now is; the lists and the work queue are refreshed. */
export function usePublicationWrite(id: string) {
  const client = useQueryClient();
  const path = { params: { path: { id } } };
  const done = (p: Publication) => {
    client.setQueryData([...publicationsKey, 'item', id], p);
    void client.invalidateQueries({ queryKey: [...publicationsKey, 'list'] });
    void client.invalidateQueries({ queryKey: ['cases', 'list', 'work-queue'] });
  };
  const useWrite = <A>(fn: (a: A) => Promise<Publication>) =>
    useMutation({ mutationFn: fn, onSuccess: done });
  return {
    edit: useWrite((body: EditBody) =>
      unwrap(api.PUT('/api/v1/publicity/publications/{id}', { ...path, body })),
    ),
    submit: useWrite((version: number) =>
      unwrap(api.POST('/api/v1/publicity/publications/{id}/submit', { ...path, body: { version } })),
    ),
    approve: useWrite((a: { version: number; step: 'drafter' | 'unit_head' | 'deputy' | 'head' }) =>
      unwrap(api.POST('/api/v1/publicity/publications/{id}/approve', { ...path, body: a })),
    ),
    sendBack: useWrite((a: { version: number; reason: string }) =>
      unwrap(api.POST('/api/v1/publicity/publications/{id}/return', { ...path, body: a })),
    ),
    publish: useWrite((version: number) =>
      unwrap(api.POST('/api/v1/publicity/publications/{id}/publish', { ...path, body: { version } })),
    ),
    withdraw: useWrite((a: { version: number; reason: string }) =>
      unwrap(api.POST('/api/v1/publicity/publications/{id}/withdraw', { ...path, body: a })),
    ),
    outcome: useWrite(
      (a: {
        caseId: string;
        via: 'reconsideration' | 'litigation' | 'self';
        result: 'upheld' | 'changed' | 'revoked' | 'confirmed_unlawful';
        decidedOn: string;
        note: string;
      }) =>
        unwrap(
          api.POST('/api/v1/publicity/cases/{caseId}/outcome', {
            params: { path: { caseId: a.caseId } },
            body: { via: a.via, result: a.result, decidedOn: a.decidedOn, note: a.note },
          }),
        ),
    ),
  };
}
