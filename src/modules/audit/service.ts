// H3: reading the audit trail. The ledger is the audit log; only the audit administrator reads it, and
// only for bodies in their scope. Each entry is shown as the event catalogue words it: the event's Chinese
// label, the entity by its name or number, and what happened. Reading the log is itself not logged per
// page (it would double the log).
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { EventCatalogue } from '../../platform/ledger/catalogue.ts';
import type { EntityName } from '../../platform/ledger/events.ts';
import * as repo from './repo.ts';

export interface AuditQuery {
  action?: string;
  event?: string;
  actor?: string;
  entityType?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
  beforeSeq?: number;
  limit: number;
}

// Entity ids that are table keys; the others (catalogue codes, calendar dates) are readable as stored.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How many entities one search term may stand for; a broader term should be narrowed. */
const MATCH_LIMIT = 200;

export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly events: EventCatalogue,
  ) {}

  async list(ctx: Ctx, q: AuditQuery) {
    const { action, entity, limit, ...filters } = q;
    const rows = await repo.listEntries(this.db, {
      ...filters,
      scope: ctx.actor.scope,
      actionPrefix: action,
      entities: entity ? await this.matching(entity, q.entityType) : undefined,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const names = await this.names(page);
    return {
      items: page.map((r) => {
        const name = (r.entityId && names.get(`${r.entityType}:${r.entityId}`)) || null;
        const payload = JSON.parse(r.payload) as Record<string, unknown>;
        return {
          ...r,
          at: new Date(r.at).toISOString(),
          payload,
          ...this.events.render(r.action, payload, name),
          entityLabel: this.events.entityNaming(r.entityType)?.label ?? r.entityType,
          entityName: name?.name ?? null,
        };
      }),
      nextBeforeSeq: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
    };
  }

  /** The events and entity types the log can be filtered by. */
  catalogue() {
    return {
      events: this.events.list(),
      entityTypes: this.events.entityTypes().map(([value, n]) => ({
        value,
        label: n.label,
        searchable: n.find !== undefined,
      })),
    };
  }

  /** The entities (of one type, or of every searchable type) whose name or number contains the text. */
  private async matching(text: string, type: string | undefined) {
    const namings = this.events
      .entityTypes()
      .filter(([t, n]) => n.find && (type === undefined || t === type));
    return Promise.all(
      namings.map(async ([t, n]) => ({ type: t, ids: await n.find!(this.db, text, MATCH_LIMIT) })),
    );
  }

  /** The names of a page's entities, by `type:id`, one query per entity type. */
  private async names(rows: repo.EntryRow[]): Promise<Map<string, EntityName>> {
    const idsByType = new Map<string, Set<string>>();
    for (const r of rows)
      if (r.entityId && UUID.test(r.entityId))
        idsByType.set(r.entityType, (idsByType.get(r.entityType) ?? new Set()).add(r.entityId));
    const named = new Map<string, EntityName>();
    for (const [type, ids] of idsByType) {
      const names = await this.events.entityNaming(type)?.names?.(this.db, [...ids]);
      for (const [id, name] of names ?? []) named.set(`${type}:${id}`, name);
    }
    return named;
  }
}
