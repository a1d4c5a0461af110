// Side navigation. Each entry names the permission its screen needs; entries the user lacks are hidden
// (the server refuses those calls anyway), and "/" lands on the first entry the user may open.
import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  ControlOutlined,
  EyeInvisibleOutlined,
  NotificationOutlined,
  FileAddOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  InboxOutlined,
  MessageOutlined,
  NumberOutlined,
  ProfileOutlined,
  SafetyOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import type { Permission } from '../../modules/access/policy.ts';
import type { CatalogKind } from '../api/types.ts';
import { catalogKindLabels } from '../lib/labels.ts';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** null: any signed-in user. */
  permission: Permission | null;
  group: string;
}

const CATALOG_ICONS: Record<CatalogKind, ReactNode> = {
  item: <ProfileOutlined />,
  benchmark: <ControlOutlined />,
  inspection_item: <FileSearchOutlined />,
  av_rule: <VideoCameraOutlined />,
  review_rule: <SafetyOutlined />,
  service_guide: <SolutionOutlined />,
  complaint_channel: <MessageOutlined />,
};

const CATALOGUES: NavItem[] = (Object.keys(CATALOG_ICONS) as CatalogKind[]).map((kind) => ({
  path: `/catalog/${kind}`,
  label: catalogKindLabels[kind],
  icon: CATALOG_ICONS[kind],
  permission: 'catalog.read',
  group: '清单管理',
}));

export const NAV: NavItem[] = [
  // 待办 first: every business role lands on what waits for them ("/" opens the first entry).
  {
    path: '/work-queue',
    label: '待办',
    icon: <InboxOutlined />,
    permission: 'cases.read',
    group: '案件办理',
  },
  {
    path: '/cases',
    label: '案件工作台',
    icon: <FolderOpenOutlined />,
    permission: 'cases.read',
    group: '案件办理',
  },
  {
    path: '/cases/new',
    label: '登记案件',
    icon: <FileAddOutlined />,
    // Only those who handle cases may register one (the server refuses the others).
    permission: 'cases.handle',
    group: '案件办理',
  },
  {
    path: '/document-settings',
    label: '文书编号与告知设置',
    icon: <NumberOutlined />,
    // Read by every case role; only the head may change it (the page shows it read-only to the others).
    permission: 'cases.read',
    group: '案件办理',
  },
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
  ...CATALOGUES,
  {
    path: '/legal',
    label: '法律依据库',
    icon: <BookOutlined />,
    permission: 'catalog.read',
    group: '清单管理',
  },
  {
    path: '/discretion',
    label: '裁量计算器',
    icon: <CalculatorOutlined />,
    permission: 'catalog.read',
    group: '清单管理',
  },
  {
    path: '/publicity/publications',
    label: '执法决定公开',
    icon: <NotificationOutlined />,
    permission: 'publicity.read',
    group: '执法公示',
  },
  {
    path: '/publicity/redaction',
    label: '隐去个人信息',
    icon: <EyeInvisibleOutlined />,
    permission: 'publicity.redact',
    group: '执法公示',
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
