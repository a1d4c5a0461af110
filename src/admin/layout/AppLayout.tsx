// The frame around every screen: a top bar naming the body and the signed-in user with their roles,
// and a side menu built from the user's permissions, 待办 with its count. On a phone (below md) the bar
// folds to the menu button, the name and 退出登录, and the menu opens as a drawer.
import { Suspense, useState, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Spin, Tag } from 'antd';
import type { MenuProps } from 'antd';
import {
  ApiOutlined,
  BankOutlined,
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
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
import { useWorkQueue } from '../pages/work-queue/api.ts';

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
  const screens = Grid.useBreakpoint();
  // Below md (a phone): the header folds and the menu is a drawer. Unknown before the first measure: wide.
  const narrow = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);
  const [factorOpen, setFactorOpen] = useState(false);
  const queue = useWorkQueue(can('cases.read'));
  const queueTotal = queue.data?.total ?? 0;

  const nav = visibleNav(can);
  const groups = [...new Set(nav.map((n) => n.group))];
  const labelOf = (path: string, label: string): ReactNode =>
    path === '/work-queue' ? (
      <Space size={6}>
        {label}
        <Badge count={queueTotal} size="small" overflowCount={99} aria-label={`待办 ${queueTotal} 项`} />
      </Space>
    ) : (
      label
    );
  const items: MenuProps['items'] = groups.map((g) => ({
    type: 'group',
    label: collapsed && !narrow ? null : g,
    key: g,
    children: nav
      .filter((n) => n.group === g)
      .map((n) => ({ key: n.path, icon: n.icon, label: labelOf(n.path, n.label) })),
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

  const roleTags = me.roles.map((r) => (
    <Tag key={r} color="blue" bordered={false} style={{ marginInlineEnd: 4 }}>
      {roleLabels[r]}
    </Tag>
  ));
  const menu = (
    <nav aria-label="主导航">
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={items}
        onClick={(e) => {
          setDrawerOpen(false);
          void navigate(e.key);
        }}
        style={{ borderInlineEnd: 0 }}
      />
    </nav>
  );
  const userDropdown = (
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
      <Button type="text" className="sx-header-btn sx-header-user" aria-label="用户菜单">
        <UserOutlined /> <span className="sx-header-name">{me.displayName}</span>
        {narrow ? null : <span className="sx-header-username">（{me.username}）</span>}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
  const logoutButton = (
    <Button
      type="text"
      className="sx-header-btn"
      icon={<LogoutOutlined />}
      loading={logout.isPending}
      onClick={() => logout.mutate()}
      aria-label="退出登录"
      title="退出登录"
    >
      {narrow ? null : '退出登录'}
    </Button>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header className={narrow ? 'sx-header sx-header-narrow' : 'sx-header'}>
        {narrow ? (
          <Button
            type="text"
            className="sx-header-btn"
            icon={<MenuOutlined />}
            aria-label="打开菜单"
            onClick={() => setDrawerOpen(true)}
          >
            {queueTotal > 0 ? <Badge dot offset={[2, -10]} /> : null}
          </Button>
        ) : null}
        <div className="sx-brand">
          <SafetyCertificateOutlined />
          <span>{narrow ? '三项制度' : '三项制度执法平台'}</span>
          {narrow ? null : <span className="sx-brand-sub">管理端</span>}
        </div>
        {narrow ? (
          <Space size={0} className="sx-header-right">
            {userDropdown}
            {logoutButton}
          </Space>
        ) : (
          <Space size={16} className="sx-header-right">
            <span className="sx-header-body" title="所属执法主体">
              <BankOutlined /> {me.bodyName}
            </span>
            {userDropdown}
            <span>{roleTags}</span>
            {logoutButton}
          </Space>
        )}
      </Header>
      <Layout>
        {narrow ? (
          <Drawer
            placement="left"
            width={272}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={
              <div className="sx-drawer-user">
                <div>
                  <UserOutlined /> {me.displayName}（{me.username}）
                </div>
                <div className="sx-drawer-body">
                  <BankOutlined /> {me.bodyName}
                </div>
                <div>{roleTags}</div>
              </div>
            }
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        ) : (
          <Sider
            width={200}
            theme="light"
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            className="sx-sider"
          >
            {menu}
          </Sider>
        )}
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
