// The body's document settings (文书编号格式 and the 告知事项 printed on documents), read by every
// business role and changed only by the head (cases.settings). One cache entry per signed-in body.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type DocumentSettings = Json<paths['/api/v1/document-settings']['get']['responses'][200]>;
export type DocumentSettingsInput = Json<paths['/api/v1/document-settings']['put']['requestBody']>;

export const documentSettingsKey = ['document-settings'] as const;

export function useDocumentSettings() {
  return useQuery({
    queryKey: documentSettingsKey,
    queryFn: () => unwrap(api.GET('/api/v1/document-settings')),
  });
}

export function saveDocumentSettings(body: DocumentSettingsInput) {
  return unwrap(api.PUT('/api/v1/document-settings', { body }));
}
