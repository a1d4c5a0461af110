// Routes of the staff app, under /admin/. Each screen is its own lazily loaded chunk, so signing in
// downloads only the frame and the first screen.
import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { RequireSession, useSession } from './auth/session.tsx';
import AppLayout from './layout/AppLayout.tsx';
import { visibleNav } from './layout/nav.tsx';
import type { Permission } from '../modules/access/policy.ts';
import type { ReactNode } from 'react';
import { Result } from 'antd';

const LoginPage = lazy(() => import('./auth/LoginPage.tsx'));
const BodiesPage = lazy(() => import('./pages/bodies/BodiesPage.tsx'));
const UnitsPage = lazy(() => import('./pages/units/UnitsPage.tsx'));
const PeoplePage = lazy(() => import('./pages/people/PeoplePage.tsx'));
const UsersPage = lazy(() => import('./pages/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage.tsx'));
const DeadlinePage = lazy(() => import('./pages/calendar/DeadlinePage.tsx'));
const CatalogPage = lazy(() => import('./pages/catalog/CatalogPage.tsx'));
const LegalLibraryPage = lazy(() => import('./pages/legal/LegalLibraryPage.tsx'));
const CalculatorPage = lazy(() => import('./pages/discretion/CalculatorPage.tsx'));
const RedactionPage = lazy(() => import('./pages/publicity/RedactionPage.tsx'));
const PublicationsPage = lazy(() => import('./pages/publicity/PublicationsPage.tsx'));
const PublicationPage = lazy(() => import('./pages/publicity/PublicationPage.tsx'));
const TokensPage = lazy(() => import('./pages/tokens/TokensPage.tsx'));
const WorkQueuePage = lazy(() => import('./pages/work-queue/WorkQueuePage.tsx'));
const CasesPage = lazy(() => import('./pages/cases/CasesPage.tsx'));
const NewCasePage = lazy(() => import('./pages/cases/NewCasePage.tsx'));
const CaseDetailPage = lazy(() => import('./pages/cases/CaseDetailPage.tsx'));
const DocumentSettingsPage = lazy(() => import('./pages/document-settings/DocumentSettingsPage.tsx'));

function Home() {
  const { can } = useSession();
  const first = visibleNav(can)[0];
  return <Navigate to={first ? first.path : '/calendar'} replace />;
}

/** A deep link to a screen the user may not open explains itself instead of showing empty tables. */
function Guard({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  if (can(permission)) return children;
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="您的角色没有此功能的权限，如需使用请联系安全管理员分配角色。"
    />
  );
}

export const BASENAME = '/admin';

export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    {
      element: <RequireSession />,
      children: [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <Home /> },
            {
              path: 'work-queue',
              element: (
                <Guard permission="cases.read">
                  <WorkQueuePage />
                </Guard>
              ),
            },
            {
              path: 'cases',
              element: (
                <Guard permission="cases.read">
                  <CasesPage />
                </Guard>
              ),
            },
            {
              path: 'cases/new',
              element: (
                <Guard permission="cases.handle">
                  <NewCasePage />
                </Guard>
              ),
            },
            {
              path: 'cases/:id',
              element: (
                <Guard permission="cases.read">
                  <CaseDetailPage />
                </Guard>
              ),
            },
            {
              // Everyone who reads cases sees the settings; the page itself offers saving only to the head.
              path: 'document-settings',
              element: (
                <Guard permission="cases.read">
                  <DocumentSettingsPage />
                </Guard>
              ),
            },
            {
              path: 'bodies',
              element: (
                <Guard permission="bodies.read">
                  <BodiesPage />
                </Guard>
              ),
            },
            {
              path: 'units',
              element: (
                <Guard permission="bodies.read">
                  <UnitsPage />
                </Guard>
              ),
            },
            {
              path: 'people',
              element: (
                <Guard permission="people.read">
                  <PeoplePage />
                </Guard>
              ),
            },
            {
              path: 'users',
              element: (
                <Guard permission="users.read">
                  <UsersPage />
                </Guard>
              ),
            },
            {
              path: 'audit',
              element: (
                <Guard permission="audit.read">
                  <AuditPage />
                </Guard>
              ),
            },
            {
              path: 'catalog/:kind',
              element: (
                <Guard permission="catalog.read">
                  <CatalogPage />
                </Guard>
              ),
            },
            {
              path: 'legal',
              element: (
                <Guard permission="catalog.read">
                  <LegalLibraryPage />
                </Guard>
              ),
            },
            {
              path: 'discretion',
              element: (
                <Guard permission="catalog.read">
                  <CalculatorPage />
                </Guard>
              ),
            },
            {
              path: 'publicity/publications',
              element: (
                <Guard permission="publicity.read">
                  <PublicationsPage />
                </Guard>
              ),
            },
            {
              path: 'publicity/publications/:id',
              element: (
                <Guard permission="publicity.read">
                  <PublicationPage />
                </Guard>
              ),
            },
            {
              path: 'publicity/redaction',
              element: (
                <Guard permission="publicity.redact">
                  <RedactionPage />
                </Guard>
              ),
            },
            { path: 'calendar', element: <DeadlinePage /> },
            { path: 'tokens', element: <TokensPage /> },
            {
              path: '*',
              element: <Result status="404" title="页面不存在" subTitle="请从左侧菜单选择功能。" />,
            },
          ],
        },
      ],
    },
  ],
  { basename: BASENAME },
);
