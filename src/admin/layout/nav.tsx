// Side navigation. Each entry names the permission its screen needs; entries the user lacks are hidden
// (the server refuses those calls anyway), and "/" lands on the first entry the user may open.
import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  TeamOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { Permission } from '../../modules/auth/policy.ts';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** null: any signed-in user. */
  permission: Permission | null;
  group: string;
}

export const NAV: NavItem[] = [
  {
    path: '/bodies',
    label: '执法主体',
    icon: <BankOutlined />,
    permission: 'bodies.read',
    group: '主体与人员',
  },
  {
    path: '/units',
    label: '科室',
    icon: <ApartmentOutlined />,
    permission: 'bodies.read',
    group: '主体与人员',
  },
  {
    path: '/people',
    label: '执法人员',
    icon: <TeamOutlined />,
    permission: 'people.read',
    group: '主体与人员',
  },
  {
    path: '/users',
    label: '账号管理',
    icon: <UserSwitchOutlined />,
    permission: 'users.read',
    group: '系统管理',
  },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit.read', group: '系统管理' },
  { path: '/calendar', label: '工作日计算', icon: <CalendarOutlined />, permission: null, group: '工具' },
];

export function visibleNav(can: (p: Permission) => boolean): NavItem[] {
  return NAV.filter((n) => n.permission === null || can(n.permission));
}
