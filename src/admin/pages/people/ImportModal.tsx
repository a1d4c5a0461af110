// 导入人员名册 (.xlsx). The server imports all rows or none; when it refuses, it lists every bad cell by
// row and column, which we show as a table the clerk can work through in Excel.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Modal, Result, Select, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { ApiError, rawFetch } from '../../api/client.ts';
import { useBodyOptions } from '../../api/queries.ts';
import { useSession } from '../../auth/session.tsx';
import { errorText } from '../../lib/errors.ts';

interface RowError {
  row: number;
  column: string;
  message: string;
}

function rowErrorsOf(e: unknown): RowError[] | null {
  if (!(e instanceof ApiError) || e.code !== 'IMPORT_FAILED') return null;
  const errors = (e.details as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? (errors as RowError[]) : null;
}

export default function ImportModal({
  defaultBodyId,
  onClose,
}: {
  defaultBodyId?: string;
  onClose: () => void;
}) {
  const { me } = useSession();
  const bodies = useBodyOptions();
  const queryClient = useQueryClient();
  const [bodyId, setBodyId] = useState(defaultBodyId ?? me.bodyId);
  const [file, setFile] = useState<File | null>(null);

  const run = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error('请选择要导入的 .xlsx 文件');
      const form = new FormData();
      form.append('file', file);
      const res = await rawFetch(`/api/v1/people/import?bodyId=${encodeURIComponent(bodyId)}`, {
        method: 'POST',
        body: form,
      });
      return (await res.json()) as { imported: number };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
  const rowErrors = run.isError ? rowErrorsOf(run.error) : null;

  return (
    <Modal
      open
      width={760}
      title="导入执法人员名册"
      onCancel={onClose}
      destroyOnHidden
      footer={
        run.isSuccess
          ? [
              <Button key="close" type="primary" onClick={onClose}>
                完成
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                取消
              </Button>,
              <Button
                key="go"
                type="primary"
                disabled={!file}
                loading={run.isPending}
                onClick={() => run.mutate()}
              >
                开始导入
              </Button>,
            ]
      }
    >
      {run.isSuccess ? (
        <Result
          status="success"
          title={`已导入 ${run.data.imported} 人`}
          subTitle="名册已写入，并记入审计日志。"
        />
      ) : (
        <>
          <Form layout="vertical">
            <Form.Item label="导入到执法主体" required>
              <Select
                value={bodyId}
                onChange={setBodyId}
                options={bodies.options}
                showSearch
                optionFilterProp="label"
                aria-label="导入到执法主体"
              />
            </Form.Item>
            <Form.Item
              label="名册文件（.xlsx）"
              required
              extra="列：姓名、性别、身份证号、手机号、科室、职务、法制审核人员、法律顾问、法律职业资格证号、执法证号、执法类别、执法区域、发证机关、发证日期、有效期至。可先导出名册作为模板。"
            >
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                maxCount={1}
                beforeUpload={(f) => {
                  setFile(f);
                  run.reset();
                  return false;
                }}
                onRemove={() => setFile(null)}
                fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">点击或拖拽 .xlsx 文件到此处</p>
                <p className="ant-upload-hint">文件不超过 10 MB；有任何错误时整份名册均不导入</p>
              </Upload.Dragger>
            </Form.Item>
          </Form>
          {run.isError ? (
            <Alert
              type="error"
              showIcon
              message={errorText(run.error)}
              description={rowErrors ? '请按下表逐行改正名册后重新导入。' : undefined}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {rowErrors ? (
            <Table<RowError>
              size="small"
              rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
              dataSource={rowErrors}
              pagination={rowErrors.length > 10 ? { pageSize: 10, size: 'small' } : false}
              columns={[
                { title: '行', dataIndex: 'row', width: 70, align: 'center' },
                { title: '列', dataIndex: 'column', width: 150 },
                {
                  title: '错误',
                  dataIndex: 'message',
                  render: (m: string) => <Typography.Text type="danger">{m}</Typography.Text>,
                },
              ]}
            />
          ) : null}
        </>
      )}
    </Modal>
  );
}
