// 简易程序当场处罚 (行政处罚法第五十一条、第五十二条): the switch comes first on the form, so an officer
// on the spot — usually on a phone — sees only what an on-the-spot decision needs: 警告 and/or 罚款,
// the amount in 元 within the statutory limit, and the decision date.
import { Checkbox, Col, DatePicker, Form, Row, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import YuanInput from '../../lib/YuanInput.tsx';
import { formatFen, parseYuanToFen } from '../../lib/money.ts';
import { SIMPLE_LIMIT_FEN, SIMPLE_LIMIT_HINT } from './labels.ts';
import type { NewCaseValues } from './newCase.ts';

export default function SimpleSection() {
  const form = Form.useFormInstance<NewCaseValues>();
  const simple = Form.useWatch('simple', form) as boolean | undefined;
  const kinds = (Form.useWatch('simpleKinds', form) as string[] | undefined) ?? [];
  const partyType = Form.useWatch(['parties', 0, 'type'], form) as 'person' | 'organisation' | undefined;
  const limit = SIMPLE_LIMIT_FEN[partyType ?? 'person'];
  return (
    <>
      <Form.Item
        name="simple"
        valuePropName="checked"
        label="简易程序当场处罚"
        extra="违法事实确凿并有法定依据，对个人处 200 元以下、对单位处 3000 元以下罚款或者警告的，可以当场作出行政处罚决定。"
        style={{ marginBottom: simple ? 12 : 0 }}
      >
        <Switch checkedChildren="简易程序" unCheckedChildren="普通程序" />
      </Form.Item>
      {simple ? (
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="simpleKinds"
              label="处罚种类"
              rules={[{ required: true, type: 'array', min: 1, message: '请选择警告或罚款' }]}
            >
              <Checkbox.Group
                options={[
                  { value: 'warning', label: '警告' },
                  { value: 'fine', label: '罚款' },
                ]}
              />
            </Form.Item>
          </Col>
          {kinds.includes('fine') ? (
            <Col xs={24} sm={8}>
              <Form.Item
                name="simpleFine"
                label="罚款金额"
                required
                dependencies={[['parties', 0, 'type']]}
                extra={SIMPLE_LIMIT_HINT}
                rules={[
                  {
                    validator: (_r, v: string | undefined) => {
                      const fen = parseYuanToFen(v);
                      if (fen === null)
                        return Promise.reject(new Error('请填写罚款金额（元，最多两位小数）'));
                      if (fen <= 0) return Promise.reject(new Error('罚款金额须大于 0'));
                      if (fen > limit) {
                        return Promise.reject(
                          new Error(
                            `简易程序对${partyType === 'organisation' ? '单位' : '个人'}罚款不得超过 ${formatFen(limit)}，应适用普通程序`,
                          ),
                        );
                      }
                      return Promise.resolve();
                    },
                  },
                ]}
              >
                <YuanInput aria-label="罚款金额" />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} sm={8}>
            <Form.Item
              name="decidedOn"
              label="决定日期"
              rules={[{ required: true, message: '请选择决定日期' }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Typography.Text type="secondary">
              提交后即登记案件并作出当场处罚决定，案件进入“已作出处罚决定”环节，请随后当场交付决定书。
            </Typography.Text>
          </Col>
        </Row>
      ) : null}
    </>
  );
}
