// A5 the work queue (待办): each role's sections, filled by the modules that own the work (cases,
// legal review, publicity), with the counts the menu shows.
import type { Ctx } from '../../platform/context.ts';
import type { CaseQueueService } from '../cases/index.ts';
import type { ReviewQueueService } from '../review/index.ts';
import type { PublisherQueue } from '../publicity/index.ts';
import { sectionsFor, type SectionKey } from './rules.ts';
import type { WorkQueue } from './types.ts';

type Section = Awaited<ReturnType<CaseQueueService['nextSteps']>>;

export class WorkQueueService {
  constructor(
    private readonly caseQueue: CaseQueueService,
    private readonly reviewQueue: ReviewQueueService,
    private readonly publisherQueue: PublisherQueue,
  ) {}

  async forCaller(ctx: Ctx, limit: number): Promise<WorkQueue> {
    const fill: Record<SectionKey, (() => Promise<Section>) | null> = {
      next_steps: () => this.caseQueue.nextSteps(ctx, limit),
      approvals: () => this.caseQueue.approvals(ctx, limit),
      overdue: () => this.caseQueue.overdue(ctx, limit),
      to_archive: () => this.caseQueue.toArchive(ctx, limit),
      review: () => this.reviewQueue.section(ctx, limit),
      publicity: () => this.publisherQueue.forCaller(ctx, limit),
    };
    const sections = [];
    for (const spec of sectionsFor(ctx.actor.roles)) {
      const filled = fill[spec.key];
      const section = filled ? await filled() : { count: 0, countIsLowerBound: false, items: [] };
      sections.push({ ...spec, ...section });
    }
    return { sections, total: sections.reduce((n, s) => n + s.count, 0) };
  }
}
