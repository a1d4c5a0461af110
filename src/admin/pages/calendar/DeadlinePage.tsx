// 工作日计算器 (C3): the same deadline rule the case module uses, so staff can check a date by hand.
// Working days count from the next day; calendar-day periods ending on a holiday roll to the next
// working day. The server answers with the rule and its legal citation.
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  InputNumber,
  Radio,
  Row,
  Statistic,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { toIsoDate } from '../../lib/format.ts';
import { useSession } from '../../auth/session.tsx';
import HolidayDataCard from './HolidayDataCard.tsx';
import HolidayEntryCard from './HolidayEntryCard.tsx';

interface Values {
  from: Dayjs;
  kind: 'working' | 'calendar';
  n: number;
}

const weekday = (iso: string) => dayjs(iso).format('dddd');

export default function DeadlinePage() {
  const { can } = useSession();
  const [form] = Form.useForm<Values>();
  const calc = useMutation({
    mutationFn: (v: Values) => {
      const from = toIsoDate(v.from) ?? '';
      const query = v.kind === 'working' ? { from, workingDays: v.n } : { from, days: v.n };
      return unwrap(api.GET('/api/v1/calendar/deadline', { params: { query } }));
    },
  });
  const r = calc.data;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Card title="工作日计算" size="small">
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ from: dayjs(), kind: 'working', n: 7 }}
            onFinish={(v) => calc.mutate(v)}
          >
            <Form.Item
              name="from"
              label="起算日"
              rules={[{ required: true, message: '请选择起算日' }]}
              extra="期限自起算日的次日开始计算"
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="kind" label="计算方式">
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={[
                  { value: 'working', label: '工作日' },
                  { value: 'calendar', label: '自然日' },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="n"
              label="期限天数"
              rules={[
                { required: true, message: '请填写天数' },
                { type: 'integer', min: 1, max: 3650, message: '天数应为 1–3650 的整数' },
              ]}
            >
              <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={calc.isPending} block>
              计算
            </Button>
          </Form>
        </Card>
        <HolidayDataCard />
      </Col>
      <Col xs={24} lg={14}>
        <Card title="计算结果" size="small">
          {calc.isError ? <Alert type="error" showIcon message={errorText(calc.error)} /> : null}
          {!r && !calc.isError ? (
            <Typography.Text type="secondary">填写左侧条件后点击“计算”。</Typography.Text>
          ) : null}
          {r ? (
            <>
              <Statistic
                title="期限届满日"
                value={`${r.deadline}（${weekday(r.deadline)}）`}
                valueStyle={{ color: '#1f5fbf', fontWeight: 600 }}
              />
              <Descriptions
                style={{ marginTop: 16 }}
                bordered
                size="small"
                column={1}
                styles={{ label: { width: 140 } }}
                items={[
                  { key: 'from', label: '起算日', children: `${r.from}（${weekday(r.from)}）` },
                  {
                    key: 'kind',
                    label: '期限',
                    children: `${r.n} 个${r.kind === 'working_days' ? '工作日' : '自然日'}`,
                  },
                  ...(r.skippedNonWorkingDays !== undefined
                    ? [{ key: 'skip', label: '跳过非工作日', children: `${r.skippedNonWorkingDays} 天` }]
                    : []),
                  ...(r.nominal ? [{ key: 'nominal', label: '名义届满日', children: r.nominal }] : []),
                  {
                    key: 'rolled',
                    label: '节假日顺延',
                    children: r.rolled ? '是（末日为节假日，顺延至节后第一个工作日）' : '否',
                  },
                  { key: 'citation', label: '计算依据', children: r.citation },
                ]}
              />
            </>
          ) : null}
        </Card>
        {can('calendar.manage') ? <HolidayEntryCard /> : null}
      </Col>
    </Row>
  );
}
