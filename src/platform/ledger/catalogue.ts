// H3 the assembled event catalogue: every module's event definitions and entity namings in one place,
// refusing two definitions of one code, and turning a stored entry into what the audit administrator
// reads (the event's Chinese label and readable details). Entries whose payload no longer matches its
// schema, or whose code is unknown, still read: their fields are listed as stored.
import type {
  DetailLine,
  DomainId,
  EntityName,
  EntityNaming,
  EventDefinition,
  ModuleEvents,
} from './events.ts';

export interface CatalogueEntry {
  code: string;
  label: string;
  domain: DomainId;
}

export interface RenderedEntry {
  label: string;
  domain: DomainId | null;
  details: DetailLine[];
}

export class EventCatalogue {
  private readonly events = new Map<string, EventDefinition>();
  private readonly entities = new Map<string, EntityNaming>();

  constructor(parts: readonly ModuleEvents[]) {
    for (const part of parts) {
      for (const [code, definition] of Object.entries(part.events)) {
        if (this.events.has(code)) throw new Error(`ledger event ${code} is defined twice`);
        this.events.set(code, definition);
      }
      for (const [type, naming] of Object.entries(part.entities ?? {})) {
        if (this.entities.has(type)) throw new Error(`entity type ${type} is named twice`);
        this.entities.set(type, naming);
      }
    }
  }

  has(code: string): boolean {
    return this.events.has(code);
  }

  definition(code: string): EventDefinition | undefined {
    return this.events.get(code);
  }

  /** Every registered event, in the order the modules declared them. */
  list(): CatalogueEntry[] {
    return [...this.events].map(([code, d]) => ({ code, label: d.label, domain: d.domain }));
  }

  entityTypes(): [string, EntityNaming][] {
    return [...this.entities];
  }

  entityNaming(type: string): EntityNaming | undefined {
    return this.entities.get(type);
  }

  /** The Chinese label and readable details of one stored entry. */
  render(code: string, payload: unknown, entity: EntityName | null): RenderedEntry {
    const definition = this.events.get(code);
    if (!definition) return { label: code, domain: null, details: rawDetails(payload) };
    const label = definition.labelFor?.(entity) ?? definition.label;
    const parsed = definition.payload.safeParse(payload);
    if (!parsed.success) return { label, domain: definition.domain, details: rawDetails(payload) };
    return { label, domain: definition.domain, details: definition.details?.(parsed.data, entity) ?? [] };
  }
}

/** A payload the catalogue cannot read, listed field by field so nothing is hidden. */
function rawDetails(payload: unknown): DetailLine[] {
  if (typeof payload !== 'object' || payload === null) return [];
  return Object.entries(payload).map(([label, v]) => ({
    label,
    value: typeof v === 'string' ? v : JSON.stringify(v),
  }));
}
