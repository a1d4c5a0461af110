// The signed-in user, loaded once from /auth/me and shared by every screen. `can` answers from the
// permission list the server computed for this user, so hidden buttons match what the server allows.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Result, Spin, Button } from 'antd';
import type { Permission } from '../../modules/access/policy.ts';
import { api, ApiError, setCsrfToken, unwrap } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import FirstPasswordPage from './FirstPasswordPage.tsx';
import SecondFactorPage from './SecondFactorPage.tsx';

export const ME_KEY = ['me'] as const;

interface Session {
  me: Me;
  can: (permission: Permission) => boolean;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside <RequireSession>');
  return s;
}

export async function fetchMe(): Promise<Me> {
  const me = await unwrap(api.GET('/api/v1/auth/me'));
  setCsrfToken(me.csrfToken);
  return me;
}

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const value = useMemo<Session>(() => {
    const perms = new Set(me.permissions);
    return { me, can: (p) => perms.has(p) };
  }, [me]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Route guard: renders the child routes for a signed-in user, otherwise sends them to the login page. */
export function RequireSession() {
  const location = useLocation();
  const me = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, retry: false, staleTime: Infinity });
  if (me.isPending) {
    return (
      <div style={{ height: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" tip="正在加载…">
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </div>
    );
  }
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 401) {
      return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
    }
    return (
      <Result
        status="error"
        title="无法连接服务器"
        subTitle={me.error.message}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  // The password was right but the second factor is still owed (a code, or an enrolment).
  if (me.data.secondFactor)
    return <SecondFactorPage state={me.data.secondFactor} displayName={me.data.displayName} />;
  // Signed in with a one-time initial password: the server opens nothing else until it is replaced.
  if (me.data.mustChangePassword) return <FirstPasswordPage displayName={me.data.displayName} />;
  return (
    <SessionProvider me={me.data}>
      <Outlet />
    </SessionProvider>
  );
}
