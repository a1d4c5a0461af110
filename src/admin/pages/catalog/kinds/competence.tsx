// B1 实施部门: the departments the law gives an item to (the 2025 传染病防治法 gives several penalties to the
// 疾病预防控制部门), with the articles that say so. Left empty, any health authority may enforce the item;
// the server refuses a case under the item to a body that is none of the departments named.
import { Form, Select, Space, Typography } from 'antd';
import type { ArticleRef } from '../../../api/types.ts';
import CitationsField, { cleanRefs } from '../../../lib/CitationsField.tsx';
import { CitationList } from '../../../lib/citations.tsx';
import { authorityOptions, authorityText, type AuthorityKind } from '../../../lib/labels.ts';
import type { CustomInput } from '../spec.ts';

interface Competence {
  authorities: AuthorityKind[];
  basis: ArticleRef[];
}

export const CompetenceInput: CustomInput = ({ name, label }) => (
  <>
    <Form.Item
      name={[...name, 'authorities']}
      label={label}
      extra="法律、法规规定由特定部门实施的才选择；不选则卫生健康、中医药、疾病预防控制部门均可实施"
    >
      <Select mode="multiple" allowClear options={authorityOptions} placeholder="不限" />
    </Form.Item>
    <CitationsField name={[...name, 'basis']} label="实施部门依据" />
  </>
);

export function renderCompetence(value: unknown) {
  const c = value as Competence | null | undefined;
  if (!c?.authorities?.length)
    return (
      <Typography.Text type="secondary">不限（卫生健康、中医药、疾病预防控制部门均可实施）</Typography.Text>
    );
  return (
    <Space direction="vertical" size={2}>
      <span>{authorityText(c.authorities)}</span>
      <CitationList refs={c.basis} />
    </Space>
  );
}

/** The form's value → the stored shape: no department chosen means no restriction (null). */
export function competenceFromForm(value: unknown): Competence | null {
  const c = value as Partial<Competence> | null | undefined;
  return c?.authorities?.length ? { authorities: c.authorities, basis: cleanRefs(c.basis) } : null;
}
