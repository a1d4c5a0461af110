// C1 each action's input as JSON Schema — its branch of the procedure's discriminated union — so the
// workbench draws every procedure's step forms from the same validation the server applies, and the
// audit log names a step's fields as the form does. Converted once per procedure.
import { z } from 'zod';
import type { ProcedureMachine } from './machine.ts';

type Branch = { properties?: Record<string, { const?: string }> };
const branches = new WeakMap<ProcedureMachine, Branch[]>();

export function actionFormSchema(m: ProcedureMachine, type: string): Record<string, unknown> {
  let all = branches.get(m);
  if (!all) {
    const schema = z.toJSONSchema(m.actionSchema, { unrepresentable: 'any' }) as {
      anyOf?: Branch[];
      oneOf?: Branch[];
    };
    all = schema.oneOf ?? schema.anyOf ?? [];
    branches.set(m, all);
  }
  return all.find((b) => b.properties?.type?.const === type) ?? {};
}

type Node = { properties?: Record<string, Node>; description?: string; items?: Node; anyOf?: Node[] };

/**
 * The `description` of each field of an action's input where its schema gives one, nested fields
 * (a penalty's kinds and amount) included, by field key.
 */
export function actionFieldDescriptions(m: ProcedureMachine, type: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (node: Node | undefined) => {
    if (!node) return;
    for (const [key, p] of Object.entries(node.properties ?? {})) {
      const description = p.description ?? p.items?.description;
      if (description && key !== 'type') found[key] ??= description;
      walk(p);
    }
    walk(node.items);
    node.anyOf?.forEach(walk);
  };
  walk(actionFormSchema(m, type));
  return found;
}
