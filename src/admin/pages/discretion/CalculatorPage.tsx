// 裁量计算器 (B3): choose the violation's benchmark and the tier the facts fall in, enter 违法所得 or 货值
// in yuan, and get the penalties, the fine range and the articles; optionally check a proposed penalty.
import { useMemo } from 'react';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Form,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import { TIERS, type PenaltyKind, type Tier } from '../../../modules/catalog/model.ts';
import { api, unwrap } from '../../api/client.ts';
import { useCatalog } from '../../api/queries.ts';
import type { TierData } from '../../api/types.ts';
import { errorText } from '../../lib/errors.ts';
import { yuanToFen } from '../../lib/format.ts';
import { penaltyOptions, tierLabels } from '../../lib/labels.ts';
import { numberedList } from '../catalog/render.tsx';
import EvaluationResult from './EvaluationResult.tsx';

interface Values {
  benchmarkCode?: string;
  tier?: Tier;
  illegalIncome?: number | null;
  goodsValue?: number | null;
  checkProposal?: boolean;
  penalties?: PenaltyKind[];
  fine?: number | null;
}

const BASES = { illegal_income: '违法所得', goods_value: '货值金额' } as const;

export default function CalculatorPage() {
  const [form] = Form.useForm<Values>();
  const benchmarks = useCatalog('benchmark');
  const code = Form.useWatch('benchmarkCode', form);
  const tier = Form.useWatch('tier', form);
  const checking = Form.useWatch('checkProposal', form);
  const chosen = benchmarks.data?.find((b) => b.code === code);
  const tiers = useMemo(
    () =>
      [...((chosen?.data.tiers as TierData[] | undefined) ?? [])].sort(
        (a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier),
      ),
    [chosen],
  );
  const tierRule = tiers.find((t) => t.tier === tier);
  const base = tierRule?.fine?.kind === 'multiple' ? tierRule.fine.base : null;

  const evaluate = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/discretion/evaluate', {
          body: {
            benchmarkCode: v.benchmarkCode!,
            tier: v.tier!,
            facts: { illegalIncomeFen: yuanToFen(v.illegalIncome), goodsValueFen: yuanToFen(v.goodsValue) },
            ...(v.checkProposal
              ? { proposal: { penalties: v.penalties ?? [], fineFen: yuanToFen(v.fine) } }
              : {}),
          },
        }),
      ),
  });

  return (
    <Row gutter={16} align="top">
      <Col xs={24} xl={10}>
        <Card
          size="small"
          title={
            <Space>
              <CalculatorOutlined />
              裁量计算器
            </Space>
          }
        >
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={(v) => evaluate.mutate(v)}
            onValuesChange={(changed: Partial<Values>) => {
              if ('benchmarkCode' in changed) form.setFieldValue('tier', undefined);
              evaluate.reset();
            }}
          >
            <Form.Item
              name="benchmarkCode"
              label="违法行为（裁量基准）"
              rules={[{ required: true, message: '请选择裁量基准' }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                loading={benchmarks.isPending}
                placeholder="输入违法行为关键字或基准编码查找"
                options={(benchmarks.data ?? []).map((b) => ({
                  value: b.code,
                  label: `${b.code} · ${b.name}`,
                }))}
                popupMatchSelectWidth={560}
              />
            </Form.Item>
            <Form.Item name="tier" label="裁量阶次" rules={[{ required: true, message: '请选择裁量阶次' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" disabled={!chosen}>
                {tiers.map((t) => (
                  <Radio.Button key={t.tier} value={t.tier}>
                    {tierLabels[t.tier]}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
            {tierRule ? (
              <Alert
                type="info"
                style={{ marginBottom: 16 }}
                message="本阶次适用情形"
                description={numberedList(tierRule.conditions)}
              />
            ) : null}
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item
                  name="illegalIncome"
                  label="违法所得（元）"
                  extra={base === 'illegal_income' ? '本阶次按违法所得倍数计算罚款' : undefined}
                >
                  <InputNumber
                    min={0}
                    precision={2}
                    style={{ width: '100%' }}
                    placeholder="没有或未查明的留空"
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="goodsValue"
                  label="货值金额（元）"
                  extra={base === 'goods_value' ? '本阶次按货值金额倍数计算罚款' : undefined}
                >
                  <InputNumber
                    min={0}
                    precision={2}
                    style={{ width: '100%' }}
                    placeholder="没有或未查明的留空"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="checkProposal" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>校验拟作出的处罚是否在幅度内</Checkbox>
            </Form.Item>
            {checking ? (
              <Row gutter={12}>
                <Col span={14}>
                  <Form.Item name="penalties" label="拟处罚种类">
                    <Select mode="multiple" options={penaltyOptions} placeholder="如：警告、罚款" />
                  </Form.Item>
                </Col>
                <Col span={10}>
                  <Form.Item name="fine" label="拟罚款金额（元）">
                    <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            ) : null}
            <Space>
              <Button
                type="primary"
                htmlType="submit"
                icon={<CalculatorOutlined />}
                loading={evaluate.isPending}
              >
                计算
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  evaluate.reset();
                }}
              >
                重置
              </Button>
            </Space>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        {evaluate.isError ? (
          <Alert type="error" showIcon message="无法计算" description={errorText(evaluate.error)} />
        ) : null}
        {evaluate.data ? <EvaluationResult result={evaluate.data} /> : null}
        {evaluate.isIdle ? (
          <Card size="small">
            <Empty
              description={
                <Typography.Text type="secondary">
                  选择违法行为和裁量阶次，填写{Object.values(BASES).join('或')}（如有）后点击“计算”
                </Typography.Text>
              }
            />
          </Card>
        ) : null}
      </Col>
    </Row>
  );
}
