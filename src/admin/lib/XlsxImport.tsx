// The parts every .xlsx import shares: picking the file, and — when the server refuses the file — its
// list of bad cells by row and column, as a table the clerk can work through in Excel. Imports are all
// or nothing on the server, so any error means nothing was saved.
import { Alert, Button, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { ApiError } from '../api/client.ts';
import { errorText } from './errors.ts';

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export function rowErrorsOf(e: unknown): RowError[] | null {
  if (!(e instanceof ApiError) || e.code !== 'IMPORT_FAILED') return null;
  const errors = (e.details as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? (errors as RowError[]) : null;
}

export function XlsxDragger({
  file,
  onChange,
  hint = '文件不超过 10 MB；有任何错误时整份文件均不导入',
}: {
  file: File | null;
  onChange: (f: File | null) => void;
  hint?: string;
}) {
  return (
    <Upload.Dragger
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      maxCount={1}
      beforeUpload={(f) => {
        onChange(f);
        return false;
      }}
      onRemove={() => onChange(null)}
      fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">点击或拖拽 .xlsx 文件到此处</p>
      <p className="ant-upload-hint">{hint}</p>
    </Upload.Dragger>
  );
}

/** The refusal: the server's message, and the table of bad cells when there is one. */
export function ImportErrors({ error, what = '文件' }: { error: unknown; what?: string }) {
  const rows = rowErrorsOf(error);
  return (
    <>
      <Alert
        type="error"
        showIcon
        message={errorText(error)}
        description={rows ? `请按下表逐行改正${what}后重新导入。` : undefined}
        style={{ margin: '12px 0' }}
      />
      {rows ? (
        <Table<RowError>
          size="small"
          bordered
          rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
          dataSource={rows}
          pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
          columns={[
            { title: '行', dataIndex: 'row', width: 64, align: 'center' },
            { title: '列', dataIndex: 'column', width: 140, render: (c: string) => c || '（整行）' },
            {
              title: '错误',
              dataIndex: 'message',
              render: (m: string) => <Typography.Text type="danger">{m}</Typography.Text>,
            },
          ]}
        />
      ) : null}
    </>
  );
}

/** The footer every import dialog uses: 取消 / 开始导入 while choosing, 完成 once imported. */
export function importFooter(o: {
  done: boolean;
  ready: boolean;
  busy: boolean;
  onStart: () => void;
  onClose: () => void;
}) {
  if (o.done) {
    return [
      <Button key="close" type="primary" onClick={o.onClose}>
        完成
      </Button>,
    ];
  }
  return [
    <Button key="cancel" onClick={o.onClose}>
      取消
    </Button>,
    <Button key="go" type="primary" disabled={!o.ready} loading={o.busy} onClick={o.onStart}>
      开始导入
    </Button>,
  ];
}
