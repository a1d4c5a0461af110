// The sections of a case. Tabs on a wide screen; on a phone the six section names do not fit one tab
// row (and tapping a half-hidden tab only scrolls the row), so they become a wrapping row of buttons.
import type { ReactNode } from 'react';
import { Grid, Radio, Tabs } from 'antd';

export interface Section {
  key: string;
  label: string;
  children: ReactNode;
}

export default function SectionTabs({
  items,
  activeKey,
  onChange,
}: {
  items: Section[];
  activeKey: string;
  onChange: (key: string) => void;
}) {
  const screens = Grid.useBreakpoint();
  const active = items.find((i) => i.key === activeKey) ?? items[0];
  if (screens.md !== false) return <Tabs activeKey={active?.key} onChange={onChange} items={items} />;
  return (
    <>
      <Radio.Group
        aria-label="案件信息分类"
        optionType="button"
        buttonStyle="solid"
        size="small"
        value={active?.key}
        onChange={(e) => onChange(e.target.value as string)}
        options={items.map((i) => ({ value: i.key, label: i.label }))}
        style={{ display: 'flex', flexWrap: 'wrap', rowGap: 6, marginBottom: 12 }}
      />
      {active?.children}
    </>
  );
}
