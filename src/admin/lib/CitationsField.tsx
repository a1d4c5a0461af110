// Editing a list of citations: pick the document from the legal library, type 条/款/项 as numbers, and
// see the citation as it will be published (《…》第X条第Y款) with the article text on hover.
import { Button, Form, InputNumber, Select, Space, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FormItemProps } from 'antd';

type NamePath = FormItemProps['name'];
import type { ArticleRef } from '../api/types.ts';
import { ArticleTip, useCitations } from './citations.tsx';

/** Empty 款/项 inputs give null, which the API refuses; an absent key is what "none" means. */
export function cleanRefs(refs: unknown): ArticleRef[] {
  return ((refs as Partial<ArticleRef>[] | undefined) ?? []).map((r) => ({
    law: r.law ?? '',
    article: r.article ?? 0,
    ...(r.paragraph ? { paragraph: r.paragraph } : {}),
    ...(r.item ? { item: r.item } : {}),
  }));
}

function Preview({ path }: { path: NamePath }) {
  const ref = Form.useWatch(path) as Partial<ArticleRef> | undefined;
  const { resolve } = useCitations();
  if (!ref?.law || !ref.article) return null;
  const c = resolve(ref as ArticleRef);
  return (
    <Tooltip title={<ArticleTip text={c.text} />} styles={{ root: { maxWidth: 520 } }}>
      <Typography.Text type={c.missing ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {c.missing ? `${c.display}（依据库无此条）` : c.display}
      </Typography.Text>
    </Tooltip>
  );
}

export default function CitationsField({
  name,
  label,
  required,
}: {
  name: (string | number)[];
  label: string;
  required?: boolean;
}) {
  const { lawOptions, isPending } = useCitations();
  const num = (max: number, unit: string, placeholder?: string) => (
    <InputNumber
      min={1}
      max={max}
      precision={0}
      prefix="第"
      suffix={unit}
      placeholder={placeholder}
      style={{ width: 96 }}
    />
  );
  return (
    <Form.List
      name={name}
      rules={
        required
          ? [
              {
                validator: async (_r, v: unknown[] | undefined) => {
                  if (!v?.length) throw new Error(`请至少添加一条${label}`);
                },
              },
            ]
          : undefined
      }
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={label} required={required} style={{ marginBottom: 12 }}>
          {fields.map((f) => (
            <Space key={f.key} size={4} align="start" wrap style={{ display: 'flex', marginBottom: 6 }}>
              <Form.Item
                name={[f.name, 'law']}
                noStyle
                rules={[{ required: true, message: '请选择法律文件' }]}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  options={lawOptions}
                  loading={isPending}
                  placeholder="选择法律文件"
                  aria-label={`${label}法律文件`}
                  style={{ width: 300 }}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'article']} noStyle rules={[{ required: true, message: '请填写条' }]}>
                {num(2000, '条')}
              </Form.Item>
              <Form.Item name={[f.name, 'paragraph']} noStyle>
                {num(50, '款', '款')}
              </Form.Item>
              <Form.Item name={[f.name, 'item']} noStyle>
                {num(50, '项', '项')}
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label="删除此条依据"
                onClick={() => remove(f.name)}
              />
              <div style={{ lineHeight: '32px' }}>
                <Preview path={[...name, f.name]} />
              </div>
            </Space>
          ))}
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            添加{label}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
