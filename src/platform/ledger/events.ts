// H3 the typed catalogue of ledger events. The platform declares only the shapes; each module declares
// its own events in its `events.ts` (code, Chinese label, payload schema, DOMAIN id) and adds their
// payload types to `LedgerEventMap` by declaration merging, so `Ledger.append` accepts exactly the
// registered codes with their payloads and a misspelt code fails the type check. The composition root
// assembles the modules' definitions into one `EventCatalogue` for the audit log.
import type { z } from 'zod';
import type { DbOrTx } from '../db/client.ts';

/**
 * Event code → payload type, filled by the modules:
 *   declare module '../../platform/ledger/events.ts' {
 *     interface LedgerEventMap extends PayloadsOf<typeof myEvents> {}
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface LedgerEventMap {}

export type EventCode = Extract<keyof LedgerEventMap, string>;

/** A requirement id of shared/spec/DOMAIN.md, e.g. `H3`, `C8`. */
export type DomainId = `${'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H'}${number}`;

/** One readable line of an entry for the audit log, e.g. 理由 — 职务调整. */
export interface DetailLine {
  label: string;
  value: string;
}

/** What the audit log resolved about an entry's entity: its name or number, and its kind if it has one. */
export interface EntityName {
  name: string;
  /** e.g. a case's procedure, which names its steps. */
  kind?: string;
}

export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  /** The Chinese name of the event, as the audit administrator reads it. */
  label: string;
  domain: DomainId;
  payload: S;
  /** What happened, in words, from the payload as its schema parsed it. Absent: nothing to add. */
  details?(payload: z.output<S>, entity: EntityName | null): DetailLine[];
  /** The label of one entry when it depends on its entity (a step each procedure names its own way). */
  labelFor?(entity: EntityName | null): string;
}

export type EventDefinitions = Readonly<Record<string, EventDefinition>>;

/** How the audit log names the entities of one `entityType` (案件 → its 案号, 人员 → the name). */
export interface EntityNaming {
  label: string;
  /** Names of those ids that exist; unknown ids are left out. */
  names?(db: DbOrTx, ids: readonly string[]): Promise<Map<string, EntityName>>;
  /** Ids whose name or number contains the text, for the audit log's filter (at most `limit`). */
  find?(db: DbOrTx, text: string, limit: number): Promise<string[]>;
}

/** One module's (or platform part's) share of the catalogue. */
export interface ModuleEvents {
  events: EventDefinitions;
  entities?: Readonly<Record<string, EntityNaming>>;
}

/** Declares events with their payload types inferred from each schema (`details` gets the parsed type). */
export function defineEvents<const S extends Record<string, z.ZodType>>(definitions: {
  [K in keyof S]: EventDefinition<S[K]>;
}): { [K in keyof S]: EventDefinition<S[K]> } {
  return definitions;
}

/** The payload types a module adds to `LedgerEventMap`: what its call sites pass (the schema's input). */
export type PayloadsOf<D> = {
  [K in keyof D]: D[K] extends EventDefinition<infer S> ? z.input<S> : never;
};

// An event whose payload may be empty need not carry one.
type PayloadField<P> = Record<string, never> extends P ? { payload?: P } : { payload: P };

/**
 * One entry as a service writes it: a registered code and the payload that code declares. (A code
 * chosen at run time among several — a union — accepts any of their payloads.)
 */
export type LedgerEvent<C extends EventCode = EventCode> = {
  action: C;
  entityType: string;
  entityId?: string | null;
  bodyId?: string | null;
} & PayloadField<LedgerEventMap[C]>;
