// The frame around every screen: a top bar naming the body and the signed-in user with their roles,
// and a side menu built from the user's permissions.
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Layout, Menu, Space, Spin, Tag } from 'antd';
import type { MenuProps } from 'antd';
import {
  ApiOutlined,
  BankOutlined,
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { api, setCsrfToken, unwrap } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { roleLabels } from '../lib/labels.ts';
import { visibleNav } from './nav.tsx';
import PasswordModal from './PasswordModal.tsx';
import SecondFactorModal from './SecondFactorModal.tsx';
import CalendarWarning from './CalendarWarning.tsx';

const { Header, Sider, Content } = Layout;

const userMenu: MenuProps['items'] = [
  { key: 'tokens', icon: <ApiOutlined />, label: '我的 API 令牌' },
  { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
  { key: 'factor', icon: <SafetyOutlined />, label: '两步验证' },
];

export default function AppLayout() {
  const { me, can } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [collapsed, setCollapsed] = useState(false);
  const [narrow, setNarrow] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);
  const [factorOpen, setFactorOpen] = useState(false);

  const nav = visibleNav(can);
  const groups = [...new Set(nav.map((n) => n.group))];
  const items: MenuProps['items'] = groups.map((g) => ({
    type: 'group',
    label: collapsed ? null : g,
    key: g,
    children: nav.filter((n) => n.group === g).map((n) => ({ key: n.path, icon: n.icon, label: n.label })),
  }));
  // The longest matching entry, so /cases/new selects 登记案件 and /cases/:id 案件工作台.
  const selected = nav
    .filter((n) => location.pathname === n.path || location.pathname.startsWith(`${n.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;

  const logout = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      // Whatever the server said, this tab forgets the session.
      setCsrfToken(null);
      queryClient.clear();
      void navigate('/login', { replace: true, state: { notice: '您已退出登录' } });
    },
    onError: () => void message.warning('退出时服务器未响应，本页面已清除登录状态'),
  });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header className="sx-header">
        <div className="sx-brand">
          <SafetyCertificateOutlined />
          <span>三项制度执法平台</span>
          <span className="sx-brand-sub">管理端</span>
        </div>
        <Space size={16} className="sx-header-right">
          <span className="sx-header-body" title="所属执法主体">
            <BankOutlined /> {me.bodyName}
          </span>
          <Dropdown
            trigger={['click']}
            menu={{
              items: userMenu,
              onClick: ({ key }) =>
                key === 'password'
                  ? setPwOpen(true)
                  : key === 'factor'
                    ? setFactorOpen(true)
                    : void navigate('/tokens'),
            }}
          >
            <Button type="text" className="sx-header-btn" aria-label="用户菜单">
              <UserOutlined /> {me.displayName}
              <span className="sx-header-username">（{me.username}）</span>
              <DownOutlined style={{ fontSize: 10 }} />
            </Button>
          </Dropdown>
          <span>
            {me.roles.map((r) => (
              <Tag key={r} color="blue" bordered={false} style={{ marginInlineEnd: 4 }}>
                {roleLabels[r]}
              </Tag>
            ))}
          </span>
          <Button
            type="text"
            className="sx-header-btn"
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={() => logout.mutate()}
          >
            退出登录
          </Button>
        </Space>
      </Header>
      <Layout>
        <Sider
          width={200}
          // On a phone (officers deciding on the spot) the menu folds away completely behind its trigger.
          breakpoint="md"
          collapsedWidth={narrow ? 0 : 80}
          onBreakpoint={setNarrow}
          // Its trigger floats at the bottom edge, clear of the page titles and the first form fields.
          zeroWidthTriggerStyle={{
            position: 'fixed',
            top: 'auto',
            bottom: 96,
            insetInlineStart: collapsed ? 0 : 200,
            zIndex: 20,
            boxShadow: '0 2px 8px rgba(0, 0, 0, 0.2)',
          }}
          theme="light"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          className="sx-sider"
        >
          <nav aria-label="主导航">
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={items}
              onClick={(e) => {
                if (narrow) setCollapsed(true);
                void navigate(e.key);
              }}
              style={{ borderInlineEnd: 0 }}
            />
          </nav>
        </Sider>
        <Content className="sx-content">
          <CalendarWarning />
          <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <PasswordModal open={pwOpen} onClose={() => setPwOpen(false)} />
      <SecondFactorModal open={factorOpen} onClose={() => setFactorOpen(false)} />
    </Layout>
  );
}
