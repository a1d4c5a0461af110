// Entry of the staff app: Chinese locale everywhere (antd, dayjs), one query cache, the router, and
// the hook that returns the user to the login page when the server says the session is gone.
import { StrictMode, Suspense } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin, unstableSetRender } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { ApiError, setCsrfToken, setSessionGoneHandler } from './api/client.ts';
import { BASENAME, router } from './routes.tsx';
import './styles.css';

dayjs.locale('zh-cn');

// antd 5 renders its effects (button wave, static message) through ReactDOM.render, which React 19
// removed; this is antd's documented React 19 hook (what @ant-design/v5-patch-for-react-19 does).
unstableSetRender((node, container) => {
  const host = container as Element & { _sxRoot?: Root };
  host._sxRoot ??= createRoot(container);
  const root = host._sxRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
  };
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      // Retry only what may be transient; a 4xx will say the same thing again.
      retry: (count, e) => count < 2 && (!(e instanceof ApiError) || e.status === 0 || e.status >= 500),
    },
  },
});

setSessionGoneHandler((e) => {
  setCsrfToken(null);
  queryClient.clear();
  // The data router's own location carries the basename; navigate() wants app-relative paths.
  const { pathname: full, search } = router.state.location;
  const pathname = full.startsWith(BASENAME) ? full.slice(BASENAME.length) || '/' : full;
  // "请先登录" on a first visit is noise; an expired session is worth saying.
  const notice = e.code === 'SESSION_EXPIRED' ? e.message : undefined;
  if (pathname !== '/login')
    void router.navigate('/login', { replace: true, state: { notice, from: pathname + search } });
});

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');

createRoot(container).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{
        token: { colorPrimary: '#1f5fbf', borderRadius: 4, fontSize: 14, colorBgLayout: '#f0f2f5' },
        components: {
          Layout: { headerBg: '#0f3d85', headerHeight: 52, headerPadding: '0 20px', siderBg: '#fff' },
          Table: { headerBg: '#f5f7fa' },
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={<Spin style={{ display: 'block', margin: '120px auto' }} />}>
            <RouterProvider router={router} />
          </Suspense>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
