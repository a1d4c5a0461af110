// C4, C8 HTTP: parties, witnesses and agents added to an open case, corrections of their details with a
// reason, and the versions a party went through. Thin: validate, call the service, present the case.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { userCtx } from '../../access/index.ts';
import { versionsOutput } from '../../bodies/index.ts';
import type { CasesService } from '../service.ts';
import { caseOutput, idParam } from '../types.ts';
import type { CasePartiesService } from './service.ts';
import { addPartyInput, correctPartyInput, partyParams } from './types.ts';

export function casePartyRoutes(app: FastifyInstance, parties: CasePartiesService, cases: CasesService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['案件办理'];

  r.post(
    '/api/v1/cases/:id/parties',
    {
      config: { access: 'cases.handle', idempotent: true },
      schema: {
        refusals: [422],
        tags,
        summary: '添加当事人、证人或代理人（须带上读取时的 version；他人已更新时返回 409）',
        description:
          '证人、代理人在案件办结前均可添加；代理人须以 representsId 指明本案的被代理当事人（授权委托）。追加当事人仅限告知或决定之前：' +
          '行政处罚在事先告知之前，行政强制在作出查封、扣押决定之前，行政检查在记录检查结果之前，行政许可在受理之前，行政征收在核定之前；否则返回 422。仅本案执法人员（或承办科室负责人）可以添加。',
        params: idParam,
        body: addPartyInput,
        response: { 200: caseOutput },
      },
    },
    async (req) => {
      const ctx = userCtx(req);
      await parties.add(ctx, req.params.id, req.body);
      return cases.get(ctx, req.params.id);
    },
  );

  r.put(
    '/api/v1/cases/:id/parties/:partyId',
    {
      config: { access: 'cases.handle' },
      schema: {
        refusals: [422],
        tags,
        summary: '更正当事人、证人或代理人的信息（须填写更正理由；原信息作为历史版本保留）',
        description:
          '身份（role）和类型（type）不能更改。已签发的文书载明了该人的，姓名（名称）和证件号码、统一社会信用代码不能直接更正（422，须按更正程序办理），联系电话、地址等可以更正。',
        params: partyParams,
        body: correctPartyInput,
        response: { 200: caseOutput },
      },
    },
    async (req) => {
      const ctx = userCtx(req);
      await parties.correct(ctx, req.params.id, req.params.partyId, req.body);
      return cases.get(ctx, req.params.id);
    },
  );

  r.get(
    '/api/v1/cases/:id/parties/:partyId/versions',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: '当事人信息的历史版本（添加和每次更正，含理由和更正人）',
        params: partyParams,
        response: { 200: versionsOutput },
      },
    },
    async (req) => parties.versions(userCtx(req), req.params.id, req.params.partyId),
  );
}
