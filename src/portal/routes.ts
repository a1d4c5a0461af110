// E10 public portal (公示平台): server-rendered pages, no login, no client JavaScript. The routes live
// outside /api so the API access-control hook never applies, and are hidden from the OpenAPI document.
// They are registered in their own encapsulated plugin so errors here render an HTML page for a member
// of the public instead of the API's JSON error body.
import { ledgerConsistencyProof, ledgerInclusionProof } from './pages/ledger-proofs.ts';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { AppError } from '../platform/http/errors.ts';
import { errorPage as errorPageHtml, PageError, sendHtml } from './respond.ts';
import type { ErrorPage } from '../platform/http/errors-handler.ts';
import { PORTAL_CSS } from './styles.ts';
import { homePage } from './pages/home.ts';
import { bodiesPage } from './pages/bodies.ts';
import { bodyPage } from './pages/body.ts';
import { officersPage } from './pages/officers.ts';
import { verifyPage } from './pages/verify.ts';
import { cardPage } from './pages/card.ts';
import { disclosureIndexPage } from './pages/disclosure.ts';
import { itemPage, itemsPage } from './pages/items.ts';
import { dutiesPage } from './pages/duties.ts';
import { lawPage, lawsPage } from './pages/laws.ts';
import { benchmarkPage, benchmarksPage, noPenaltyPage } from './pages/benchmarks.ts';
import { guidePage, proceduresPage } from './pages/procedures.ts';
import { inspectionsPage } from './pages/inspections.ts';
import { reviewCataloguePage } from './pages/review-catalogue.ts';
import { avListPage } from './pages/av-list.ts';
import { complaintsPage } from './pages/complaints.ts';
import { decisionPage, decisionsPage } from './pages/decisions.ts';
import { decisionsAtom, decisionsCsv, decisionsJson } from './pages/decisions-data.ts';
import {
  ledgerHeadPart,
  ledgerHeadsJson,
  ledgerHeadsPage,
  ledgerPublicKeyPem,
} from './pages/ledger-heads.ts';

const hidden = { schema: { hide: true } } as const;
// Verification reveals a name per guessed number; a per-IP limit makes bulk enumeration slow while a
// crowd scanning at an inspection (different phones, different IPs) is unaffected.
const verifyLimit = { ...hidden, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } };

/**
 * The portal's page for an error status — an unknown address, a malformed request, a failure — in the
 * portal's layout (viewport set), for the portal's routes and, through the app's handlers, for any
 * address outside the API.
 */
export function portalErrorPage(services: Services): ErrorPage {
  return async (_request, reply, status) => {
    const host = await services.publicRegister.siteHost().catch(() => null);
    const [title, message] =
      status === 404
        ? ['页面不存在', '您访问的页面不存在或已不再公开，请返回首页重新查询。']
        : status === 429
          ? ['查询过于频繁', '您的查询过于频繁，请稍后再试。']
          : status < 500
            ? ['请求不正确', '请求的地址或参数不正确，请返回首页重新查询。']
            : ['服务暂时不可用', '页面暂时无法显示，请稍后再试。'];
    return sendHtml(reply, errorPageHtml({ status, title, message, host }), {
      status,
      cache: status === 404 ? 'short' : 'none',
    });
  };
}

export function portalRoutes(app: FastifyInstance, services: Services) {
  const errorPage = portalErrorPage(services);
  void app.register(async (portal) => {
    portal.setErrorHandler(async (err: FastifyError, request, reply) => {
      if (err instanceof PageError) {
        const host = await services.publicRegister.siteHost().catch(() => null);
        const nav = err.nav ? { nav: err.nav } : {};
        return sendHtml(
          reply,
          errorPageHtml({ status: err.status, title: err.title, message: err.message, host, ...nav }),
          { status: err.status, cache: err.status === 404 ? 'short' : 'none' },
        );
      }
      // The app's input checks (e.g. a NUL in the query string) throw AppError with its status.
      const given = err instanceof AppError ? err.status : err.statusCode;
      const status = given && given >= 400 ? given : 500;
      if (status >= 500) request.log.error({ err }, 'portal page failed');
      return errorPage(request, reply, status);
    });

    portal.get('/assets/portal.css', hidden, async (_req, reply) =>
      reply.header('cache-control', 'public, max-age=3600').type('text/css; charset=utf-8').send(PORTAL_CSS),
    );
    portal.get('/', hidden, homePage(services));
    portal.get('/bodies', hidden, bodiesPage(services));
    portal.get('/bodies/:id', hidden, bodyPage(services));
    portal.get('/officers', hidden, officersPage(services));
    portal.get('/officers/:number/card', verifyLimit, cardPage(services));
    portal.get('/verify', verifyLimit, verifyPage(services));
    // A wildcard, not :number: the router answers an over-long :param (>100 chars) itself with a JSON 414,
    // while the page should explain an over-long number with a 400 page like any other malformed one.
    portal.get('/verify/*', verifyLimit, verifyPage(services));

    // E1 事前公开. Detail pages take the code as a wildcard for the same reason as /verify/*: an over-long
    // or malformed code gets the portal's 400 page, not the router's JSON answer.
    portal.get('/disclosure', hidden, disclosureIndexPage(services));
    portal.get('/items', hidden, itemsPage(services));
    portal.get('/items/*', hidden, itemPage(services));
    portal.get('/duties', hidden, dutiesPage(services));
    portal.get('/laws', hidden, lawsPage(services));
    portal.get('/laws/*', hidden, lawPage(services));
    portal.get('/benchmarks', hidden, benchmarksPage(services));
    portal.get('/benchmarks/*', hidden, benchmarkPage(services));
    portal.get('/no-penalty', hidden, noPenaltyPage(services));
    portal.get('/procedures', hidden, proceduresPage(services));
    portal.get('/guides/*', hidden, guidePage(services));
    portal.get('/inspections', hidden, inspectionsPage(services));
    portal.get('/review-catalogue', hidden, reviewCataloguePage(services));
    portal.get('/av-list', hidden, avListPage(services));
    portal.get('/complaints', hidden, complaintsPage(services));
    portal.get('/decisions', hidden, decisionsPage(services));
    portal.get('/decisions/:id', hidden, decisionPage(services));
    portal.get('/open-data/decisions.csv', hidden, decisionsCsv(services));
    portal.get('/open-data/decisions.json', hidden, decisionsJson(services));
    portal.get('/feeds/decisions.atom', hidden, decisionsAtom(services));
    // C8: the ledger's signed tree heads (no personal data), as a page and as JSON.
    portal.get('/ledger/heads', hidden, ledgerHeadsPage(services));
    portal.get('/ledger/heads.json', hidden, ledgerHeadsJson(services));
    portal.get('/ledger/public-key.pem', hidden, ledgerPublicKeyPem(services));
    portal.get('/ledger/heads/:size/:part', hidden, ledgerHeadPart(services));
    portal.get('/ledger/proofs/inclusion/:seq', hidden, ledgerInclusionProof(services));
    portal.get('/ledger/proofs/consistency/:first/:second', hidden, ledgerConsistencyProof(services));
  });
}
