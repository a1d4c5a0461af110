// 新建 / 修改清单条目. Every save is a new version with its 生效日期 and 修改理由; an edit names the latest
// version it started from, and the server refuses it (409) when someone saved in between.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, DatePicker, Divider, Drawer, Form, Input, Row, Space, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { useCatalogVersions } from '../../api/queries.ts';
import type { CatalogEntry } from '../../api/types.ts';
import { errorText, isVersionConflict, problemsOf } from '../../lib/errors.ts';
import { toIsoDate } from '../../lib/format.ts';
import { catalogKindLabels } from '../../lib/labels.ts';
import ReasonField from '../../lib/ReasonField.tsx';
import DataFields, { cleanData } from './DataFields.tsx';
import type { KindConfig } from './spec.ts';

interface Values {
  code: string;
  data: Record<string, unknown>;
  effectiveFrom: Dayjs;
  reason: string;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

interface Props {
  config: KindConfig;
  /** The entry to edit; absent to create one. */
  code?: string;
  onClose: () => void;
  onSaved?: (e: CatalogEntry) => void;
}

function Editor({ config, code, latest, onClose, onSaved }: Props & { latest: CatalogEntry | null }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<string[]>([]);
  const label = catalogKindLabels[config.kind];
  const labels = Object.fromEntries(config.fields.map((f) => [f.key, f.label]));

  const save = useMutation({
    mutationFn: (v: Values) => {
      const cleaned = cleanData(config.fields, v.data);
      const data = config.fromForm ? config.fromForm(cleaned) : cleaned;
      return unwrap(
        api.PUT('/api/v1/catalog/{kind}/{code}', {
          params: { path: { kind: config.kind, code: v.code.trim() } },
          body: {
            data,
            effectiveFrom: toIsoDate(v.effectiveFrom) ?? undefined,
            reason: v.reason,
            baseVersion: latest?.version ?? 0,
          },
        }),
      );
    },
    onSuccess: async (saved) => {
      void message.success(`已保存为第 ${saved.version} 版，${saved.effectiveFrom} 起生效`);
      await queryClient.invalidateQueries({ queryKey: ['catalog', config.kind] });
      await queryClient.invalidateQueries({ queryKey: ['catalog-versions', config.kind, saved.code] });
      onSaved?.(saved);
      onClose();
    },
    onError: async (e) => {
      if (isVersionConflict(e) && !latest) {
        form.setFields([{ name: 'code', errors: [`${config.codeLabel}已被使用：${errorText(e)}`] }]);
        return;
      }
      if (isVersionConflict(e)) {
        void message.error('该条目已被他人修改，已重新加载最新版本，请核对后再次修改');
        await queryClient.invalidateQueries({ queryKey: ['catalog-versions', config.kind] });
        onClose();
        return;
      }
      const list = problemsOf(e, labels);
      setProblems(list.length ? list : [errorText(e)]);
      if (!(e instanceof ApiError)) void message.error(errorText(e));
    },
  });

  const start = latest ? latest.data : config.blank;
  const initial: Partial<Values> = {
    code,
    data: config.toForm ? config.toForm(start) : start,
    effectiveFrom: dayjs(),
  };

  return (
    <Drawer
      open
      width={config.formWidth ?? 880}
      title={latest ? `修改${label}：${latest.name}` : `新建${label}`}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {latest ? `保存为第 ${latest.version + 1} 版` : '保存'}
          </Button>
        </Space>
      }
    >
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setProblems([])}
          message="未能保存，请改正以下问题"
          description={
            <ul className="sx-ul">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => {
          setProblems([]);
          save.mutate(v);
        }}
        scrollToFirstError
        className="sx-dense-form"
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="code"
              label={config.codeLabel}
              rules={[
                { required: true, message: `请填写${config.codeLabel}` },
                { pattern: CODE, message: '编码须为字母、数字、点、下划线或连字符' },
              ]}
              extra={latest ? '编码确定后不可修改' : undefined}
            >
              <Input
                disabled={!!latest}
                className="sx-mono"
                placeholder={config.codePlaceholder}
                maxLength={80}
              />
            </Form.Item>
          </Col>
        </Row>
        <DataFields fields={config.fields} />
        <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
          版本信息
        </Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="effectiveFrom"
              label="生效日期"
              rules={[{ required: true, message: '请选择生效日期' }]}
              extra="此日期起按新版本执行和公示；可选将来日期"
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <ReasonField label={latest ? '修改理由' : '编制说明'} />
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}

export default function CatalogForm(props: Props) {
  const versions = useCatalogVersions(props.config.kind, props.code ?? '');
  if (!props.code) return <Editor {...props} latest={null} />;
  if (versions.isPending)
    return (
      <Drawer open title="正在加载…" onClose={props.onClose}>
        <Spin />
      </Drawer>
    );
  if (versions.isError)
    return (
      <Drawer open title="无法加载" onClose={props.onClose}>
        <Alert type="error" showIcon message={versions.error.message} />
      </Drawer>
    );
  return <Editor {...props} latest={versions.data.at(-1) ?? null} />;
}
