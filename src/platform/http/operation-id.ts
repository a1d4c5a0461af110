// An OpenAPI operationId for every route, derived from its method and path in one place (issue 14), so
// no route can lack one and the names follow one grammar: verb + the resource path in camelCase, with a
// collection followed by an id read as one item ("GET /cases/{id}" → getCase). A route whose derived name
// reads badly sets `schema.operationId` itself. The names are the generated client's operation names:
// `npm run api:check` fails when one changes.

/** Collections whose singular is not the plural minus "s". */
const SINGULAR: Record<string, string> = {
  bodies: 'body',
  people: 'person',
  parties: 'party',
  deadlines: 'deadline',
  evidence: 'evidence',
  catalog: 'catalog',
  public: 'public',
  auth: 'auth',
  calendar: 'calendar',
  audit: 'audit',
  ledger: 'ledger',
};

/**
 * Last path words that are a verb of their own (POST /users/{id}/unlock → unlockUser), with what follows
 * the resource when the word is a verb and an object (reset-password → resetUserPassword).
 */
const VERBS: Record<string, [verb: string, object?: string]> = {
  login: ['login'],
  logout: ['logout'],
  unlock: ['unlock'],
  resetPassword: ['reset', 'Password'],
  disable: ['disable'],
  enable: ['enable'],
  verify: ['verify'],
  enrol: ['enrol'],
  activate: ['activate'],
  import: ['import'],
  export: ['export'],
  retire: ['retire'],
  preview: ['preview'],
  evaluate: ['evaluate'],
  reset: ['reset'],
};
/** Path words that only group routes: dropped when the last word is the verb (auth/login → login). */
const NAMESPACES = new Set(['auth']);
/** Last words that read as a plural but name one thing: GET → get, not list. */
const NOT_COLLECTIONS = /(settings|meta)$/;

const camel = (segment: string) =>
  segment.replace(/\.\w+$/, '').replace(/[-_.]+(\w)/g, (_m, c: string) => c.toUpperCase());
const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const singular = (word: string) =>
  SINGULAR[word] ?? (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, ''));
const isParam = (segment: string | undefined) => segment !== undefined && /^[{:]/.test(segment);

export interface OperationKind {
  /** A multipart upload: POST reads "upload". */
  upload?: boolean;
  /** A file download: GET reads "download". */
  download?: boolean;
}

/** "GET", "/api/v1/cases/{id}" (or ":id") → "getCase". */
export function deriveOperationId(method: string, path: string, kind: OperationKind = {}): string {
  const segments = path
    .replace(/^\/api\/v\d+\//, '')
    .split('/')
    .filter(Boolean);
  const last = segments.at(-1)!;
  const words: string[] = [];
  segments.forEach((segment, i) => {
    if (isParam(segment)) return;
    const word = camel(segment);
    words.push(isParam(segments[i + 1]) ? singular(word) : word);
  });
  const m = method.toUpperCase();
  const own = isParam(last) ? undefined : VERBS[words.at(-1)!];
  let verb: string;
  if (own) {
    words.pop();
    verb = own[0];
    if (own[1]) words.push(own[1]);
    if (words.length > 1) words.splice(0, words.length, ...words.filter((w) => !NAMESPACES.has(w)));
    else if (NAMESPACES.has(words[0] ?? '')) words.length = 0;
  } else if (m === 'GET' && kind.download) verb = 'download';
  else if (m === 'GET')
    verb = isParam(last) || NOT_COLLECTIONS.test(last) || !/(s|people|evidence)$/.test(last) ? 'get' : 'list';
  else if (m === 'POST' && kind.upload) verb = 'upload';
  else if (m === 'POST') {
    verb = 'create';
    if (!isParam(last)) words.push(singular(words.pop()!));
  } else if (m === 'PUT') verb = 'update';
  else if (m === 'DELETE') verb = 'delete';
  else verb = m.toLowerCase();
  return verb + words.map(pascal).join('');
}
