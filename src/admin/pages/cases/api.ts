// The case workbench's reads and named shapes, picked out of the generated client so the screens speak
// in domain words. Every case read shares one cache key per case, so an action, a new piece of evidence
// or an issued document refreshes the header, the steps and the tabs together.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import { useSession } from '../../auth/session.tsx';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type CaseMeta = Json<paths['/api/v1/cases/meta']['get']['responses'][200]>;
export type KindMeta = CaseMeta['kinds'][number];
export type ActionMeta = KindMeta['actions'][number];
export type CaseList = Json<paths['/api/v1/cases']['get']['responses'][200]>;
export type CaseListItem = CaseList['items'][number];
export type CaseListQuery = NonNullable<paths['/api/v1/cases']['get']['parameters']['query']>;
export type CaseDetail = Json<paths['/api/v1/cases/{id}']['get']['responses'][200]>;
export type CaseParty = CaseDetail['parties'][number];
export type CaseDeadline = CaseDetail['deadlines'][number];
export type CaseCreate = Json<NonNullable<paths['/api/v1/cases']['post']['requestBody']>>;
export type PartyCreate = CaseCreate['parties'][number];
export type EvidenceCreate = Json<NonNullable<paths['/api/v1/cases/{id}/evidence']['post']['requestBody']>>;
export type OpenDeadline = Json<paths['/api/v1/deadlines']['get']['responses'][200]>[number];
export type Reminder = Json<paths['/api/v1/reminders']['get']['responses'][200]>[number];
export type DocumentTemplate = Json<
  paths['/api/v1/cases/{id}/document-templates']['get']['responses'][200]
>[number];
export type TemplateInput = DocumentTemplate['inputs'][number];
export type IssueDocument = Json<NonNullable<paths['/api/v1/cases/{id}/documents']['post']['requestBody']>>;
export type IssuedDocument = Json<paths['/api/v1/cases/{id}/documents']['post']['responses'][201]>;
export type PersonOption = Json<paths['/api/v1/people']['get']['responses'][200]>['items'][number];

export type View = 'mine' | 'unit' | 'all';
export type Status = 'open' | 'due_soon' | 'overdue' | 'finished' | 'any';
export type DueLevel = 'overdue' | 'due_soon' | 'open';

export const caseKeys = {
  meta: ['cases', 'meta'] as const,
  list: (q: object) => ['cases', 'list', q] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  deadlines: (view: View) => ['cases', 'deadlines', view] as const,
  reminders: (since: string) => ['cases', 'reminders', since] as const,
  templates: (id: string) => ['cases', 'templates', id] as const,
  people: (bodyId: string) => ['cases', 'people', bodyId] as const,
};

/** Kinds, their states and actions (with each action's input schema), fields and evidence types. */
export function useCaseMeta() {
  return useQuery({
    queryKey: caseKeys.meta,
    queryFn: () => unwrap(api.GET('/api/v1/cases/meta')),
    staleTime: 30 * 60_000,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id } } })),
  });
}

/**
 * The people of the user's own body, all pages: officers of a case and a hearing host are chosen from
 * them (the server refuses anyone else). A body has tens to a few hundred people.
 */
export function useBodyPeople() {
  const { me } = useSession();
  return useQuery({
    queryKey: caseKeys.people(me.bodyId),
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const all: PersonOption[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 20; page++) {
        const res = await unwrap(
          api.GET('/api/v1/people', {
            params: { query: { bodyId: me.bodyId, limit: 200, ...(cursor ? { cursor } : {}) } },
          }),
        );
        all.push(...res.items);
        if (!res.nextCursor) break;
        cursor = res.nextCursor;
      }
      return all.filter((p) => p.active);
    },
  });
}

/** The schema of an action of a kind, as the server validates it. */
export function actionMetaOf(meta: CaseMeta | undefined, kind: string, type: string): ActionMeta | undefined {
  return meta?.kinds.find((k) => k.value === kind)?.actions.find((a) => a.value === type);
}

/** The label of a state of a kind (linked cases come with the state code only). */
export function stateLabelOf(meta: CaseMeta | undefined, kind: string, state: string): string {
  return meta?.kinds.find((k) => k.value === kind)?.states.find((s) => s.value === state)?.label ?? state;
}
