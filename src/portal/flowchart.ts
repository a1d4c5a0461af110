// B7 flowcharts (执法流程图) drawn in HTML and CSS, without client script: a vertical chain of boxes
// joined by arrows, which reads top to bottom on a 390px phone and stays a list for screen readers.
//
// A procedure is a graph (steps and their `next` edges). The chart draws its main path as the chain and
// hangs every other step beside the step that leads to it as a branch:
// - the main path starts at the first step and always takes the nearest following step that is not a
//   branch; a branch is a step whose every edge leads back (补正材料 → 受理) or a dead end before the
//   procedure's last one (不予受理);
// - edges that skip ahead along the chain (调查终结 → 事先告知 when no review is needed) are written under
//   the box ("或转至「事先告知」"), edges back up as "返回「…」";
// - steps nothing leads to are listed after the chain, so no step of the data is ever left out.
import { html, type SafeHtml } from './html.ts';

export interface FlowStep {
  id: string;
  name: string;
  actor?: string;
  timeLimit?: string;
  description?: string;
  next: string[];
  /** When an edge is taken, keyed by target id ("无须法制审核的"), written before a jump. */
  when?: Record<string, string>;
  /** Extra lines under the description (e.g. the legal basis as links). */
  extra?: SafeHtml;
}

interface Layout {
  chain: FlowStep[];
  branches: Map<string, FlowStep[]>;
  orphans: FlowStep[];
}

export function layoutFlow(steps: FlowStep[]): Layout {
  const pos = new Map(steps.map((s, i) => [s.id, i]));
  const byId = new Map(steps.map((s) => [s.id, s]));
  const targetsOf = (s: FlowStep) =>
    s.next.map((t) => pos.get(t)).filter((t): t is number => t !== undefined);
  // The procedure ends at its last dead end; earlier dead ends (不予受理) are side exits.
  const end = steps.findLastIndex((s) => targetsOf(s).length === 0);
  const isBranch = (s: FlowStep): boolean => {
    const i = pos.get(s.id)!;
    const targets = targetsOf(s);
    if (!targets.length) return i !== end;
    return targets.every((t) => t < i);
  };
  const chain: FlowStep[] = [];
  const placed = new Set<string>();
  let current: FlowStep | undefined = steps[0];
  while (current && !placed.has(current.id)) {
    chain.push(current);
    placed.add(current.id);
    const here = pos.get(current.id)!;
    const ahead: FlowStep[] = current.next
      .map((t) => byId.get(t))
      .filter(
        (s): s is FlowStep => s !== undefined && !placed.has(s.id) && pos.get(s.id)! > here && !isBranch(s),
      )
      .sort((a, b) => pos.get(a.id)! - pos.get(b.id)!);
    current = ahead[0];
  }
  const branches = new Map<string, FlowStep[]>();
  for (const step of chain) {
    for (const t of step.next) {
      const target = byId.get(t);
      if (!target || placed.has(target.id)) continue;
      placed.add(target.id);
      branches.set(step.id, [...(branches.get(step.id) ?? []), target]);
    }
  }
  const orphans = steps.filter((s) => !placed.has(s.id));
  return { chain, branches, orphans };
}

function node(
  step: FlowStep,
  o: { no?: number; side?: boolean; edges?: SafeHtml | string; idPrefix: string },
): SafeHtml {
  return html`<div class="flow-node${o.side ? ' flow-node-side' : ''}" id="${o.idPrefix}-${step.id}">
  <p class="flow-head">${o.no !== undefined ? html`<span class="flow-no" aria-hidden="true">${o.no}</span>` : ''}<strong class="flow-name">${step.name}</strong>${step.actor ? html`<span class="flow-actor">${step.actor}</span>` : ''}</p>
  ${step.timeLimit ? html`<p class="flow-time">时限：${step.timeLimit}</p>` : ''}
  ${step.description ? html`<p class="flow-desc">${step.description}</p>` : ''}
  ${step.extra ?? ''}
  ${o.edges ?? ''}
</div>`;
}

/**
 * The flowchart of a procedure. `label` names it for screen readers (figure caption); `idPrefix` keeps
 * the step anchors unique when a page shows several charts.
 */
export function flowchart(
  steps: FlowStep[],
  o: { label: string; idPrefix: string; caption?: SafeHtml | string },
): SafeHtml {
  if (!steps.length) return html`<p class="muted">暂无流程图。</p>`;
  const { chain, branches, orphans } = layoutFlow(steps);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const chainPos = new Map(chain.map((s, i) => [s.id, i]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;

  const mainEdges = (step: FlowStep, i: number): SafeHtml | string => {
    const next = chain[i + 1];
    const others = step.next.filter((t) => t !== next?.id && chainPos.has(t));
    const forward = others.filter((t) => chainPos.get(t)! > i);
    const back = others.filter((t) => chainPos.get(t)! <= i);
    const jump = (t: string, verb: string) => {
      const when = step.when?.[t];
      return html`<span class="flow-jump">${when ? `${when}，${verb}` : `或${verb}`}「<a href="#${o.idPrefix}-${t}">${nameOf(t)}</a>」</span>`;
    };
    const parts = [
      next && step.next.includes(next.id) ? html`<span class="sr-only">下一步：${next.name}。</span>` : '',
      forward.map((t) => jump(t, '转至')),
      back.map((t) => jump(t, '返回')),
      step.next.length === 0 ? html`<span class="flow-end">流程结束</span>` : '',
    ];
    return parts.some((p) => p !== '') ? html`<p class="flow-edges">${parts}</p>` : '';
  };

  const sideEdges = (step: FlowStep, parentIndex: number): SafeHtml => {
    if (!step.next.length) return html`<p class="flow-edges"><span class="flow-end">流程结束</span></p>`;
    return html`<p class="flow-edges">${step.next.map((t) => {
      const at = chainPos.get(t);
      const back = at !== undefined && at <= parentIndex;
      return html`<span class="flow-jump">${back ? html`<span aria-hidden="true">↺ </span>返回` : html`<span aria-hidden="true">→ </span>转至`}「<a href="#${o.idPrefix}-${t}">${nameOf(t)}</a>」</span>`;
    })}</p>`;
  };

  return html`<figure class="flow${branches.size ? ' flow-branched' : ''}" aria-label="${o.label}">
${o.caption ? html`<figcaption class="flow-caption">${o.caption}</figcaption>` : ''}
<ol class="flow-chain">${chain.map((step, i) => {
    const side = branches.get(step.id) ?? [];
    const linked = i < chain.length - 1 && step.next.includes(chain[i + 1]!.id);
    return html`<li class="flow-item${side.length ? ' has-branch' : ''}">
  ${node(step, { no: i + 1, edges: mainEdges(step, i), idPrefix: o.idPrefix })}
  ${
    side.length
      ? html`<ul class="flow-branches" aria-label="${step.name}的分支">${side.map((b) => html`<li class="flow-branch"><span class="flow-branch-arrow" aria-hidden="true"></span>${node(b, { side: true, edges: sideEdges(b, i), idPrefix: o.idPrefix })}</li>`)}</ul>`
      : ''
  }
  ${i < chain.length - 1 ? html`<span class="flow-arrow${linked ? '' : ' flow-arrow-loose'}" aria-hidden="true"></span>` : ''}
</li>`;
  })}</ol>
${
  orphans.length
    ? html`<div class="flow-orphans"><p class="muted">其他环节：</p><ul class="flow-branches">${orphans.map((s) => html`<li class="flow-branch">${node(s, { side: true, edges: sideEdges(s, chain.length), idPrefix: o.idPrefix })}</li>`)}</ul></div>`
    : ''
}
</figure>`;
}
