// 录入节假日通知 (C3, system administrator): the override table — one row per day the notice changes
// (a weekday off, a weekend worked) — and the declaration that a year's notice is entered in full.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { applyFieldErrors, errorText } from '../../lib/errors.ts';
import { toIsoDate } from '../../lib/format.ts';
import { COVERAGE_KEY } from './coverage.ts';

const OVERRIDES_KEY = ['calendar', 'overrides'] as const;

interface OverrideValues {
  date: Dayjs;
  kind: 'holiday' | 'workday';
  name: string;
  reason: string;
}
interface YearValues {
  year: number;
  source: string;
}

export default function HolidayEntryCard() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [overrideForm] = Form.useForm<OverrideValues>();
  const [yearForm] = Form.useForm<YearValues>();
  const overrides = useQuery({
    queryKey: OVERRIDES_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/calendar/overrides')),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: OVERRIDES_KEY });
    void queryClient.invalidateQueries({ queryKey: COVERAGE_KEY });
  };
  const addOverride = useMutation({
    mutationFn: (v: OverrideValues) =>
      unwrap(api.POST('/api/v1/calendar/overrides', { body: { ...v, date: toIsoDate(v.date) ?? '' } })),
    onSuccess: () => {
      void message.success('已录入');
      overrideForm.resetFields(['date']);
      refresh();
    },
    onError: (e) => {
      if (!applyFieldErrors(overrideForm, e)) void message.error(errorText(e));
    },
  });
  const declareYear = useMutation({
    mutationFn: (v: YearValues) => unwrap(api.POST('/api/v1/calendar/covered-years', { body: v })),
    onSuccess: () => {
      void message.success('已声明该年节假日安排已录入');
      yearForm.resetFields();
      refresh();
    },
    onError: (e) => {
      if (!applyFieldErrors(yearForm, e)) void message.error(errorText(e));
    },
  });

  return (
    <Card title="录入节假日通知" size="small" style={{ marginTop: 16 }}>
      <Form<OverrideValues>
        form={overrideForm}
        layout="vertical"
        initialValues={{ kind: 'holiday' }}
        onFinish={(v) => addOverride.mutate(v)}
      >
        <Space wrap align="start">
          <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="kind" label="调整为">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'holiday', label: '放假' },
                { value: 'workday', label: '上班' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label="节日"
            rules={[{ required: true, whitespace: true, message: '如：春节' }]}
          >
            <Input placeholder="如：春节" maxLength={50} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label="依据"
            rules={[{ required: true, whitespace: true, min: 2, message: '请填写通知文号' }]}
          >
            <Input placeholder="如：国办发明电〔2026〕x号" maxLength={500} style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Button htmlType="submit" loading={addOverride.isPending}>
          录入调整
        </Button>
      </Form>
      <Table
        style={{ marginTop: 12 }}
        size="small"
        rowKey="date"
        loading={overrides.isPending}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={overrides.data ?? []}
        locale={{ emptyText: '尚无调整' }}
        columns={[
          { title: '日期', dataIndex: 'date' },
          { title: '调整为', dataIndex: 'kind', render: (k: string) => (k === 'holiday' ? '放假' : '上班') },
          { title: '节日', dataIndex: 'name' },
          { title: '依据', dataIndex: 'reason' },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        一年的放假日和调休上班日全部录入后，声明该年已按通知录入：
      </Typography.Paragraph>
      <Form<YearValues> form={yearForm} layout="vertical" onFinish={(v) => declareYear.mutate(v)}>
        <Space wrap align="start">
          <Form.Item name="year" label="年份" rules={[{ required: true, message: '请填写年份' }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item
            name="source"
            label="通知文号"
            rules={[{ required: true, whitespace: true, min: 2, message: '请填写通知文号' }]}
          >
            <Input placeholder="如：国办发明电〔2026〕x号" maxLength={100} style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={declareYear.isPending}>
          声明已录入
        </Button>
      </Form>
    </Card>
  );
}
