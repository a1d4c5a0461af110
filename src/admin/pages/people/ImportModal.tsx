// 导入人员名册 (.xlsx). The server imports all rows or none; when it refuses, it lists every bad cell by
// row and column, which we show as a table the clerk can work through in Excel.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Modal, Result, Select } from 'antd';
import { rawFetch } from '../../api/client.ts';
import { useBodyOptions } from '../../api/queries.ts';
import { useSession } from '../../auth/session.tsx';
import { ImportErrors, importFooter, XlsxDragger } from '../../lib/XlsxImport.tsx';

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
      return (await res.json()) as { imported: number; created: number; updated: number; unchanged: number };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });

  return (
    <Modal
      open
      width={760}
      title="导入执法人员名册"
      onCancel={onClose}
      destroyOnHidden
      footer={importFooter({
        done: run.isSuccess,
        ready: Boolean(file),
        busy: run.isPending,
        onStart: () => run.mutate(),
        onClose,
      })}
    >
      {run.isSuccess ? (
        <Result
          status="success"
          title={`已导入 ${run.data.imported} 人`}
          subTitle={`新增 ${run.data.created} 人，更新 ${run.data.updated} 人，未变化 ${run.data.unchanged} 人；名册已写入，并记入审计日志。`}
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
              extra="列：姓名、性别、身份证号、手机号、科室、职务、法制审核人员、法律顾问、法律职业资格证号、执法证号、执法类别、执法区域、发证机关、发证日期、有效期至。可先导出名册作为模板；身份证号与本机构已有人员相同的行更新该人员，其余新增。"
            >
              <XlsxDragger
                file={file}
                onChange={(f) => {
                  setFile(f);
                  run.reset();
                }}
                hint="文件不超过 10 MB；有任何错误时整份名册均不导入"
              />
            </Form.Item>
          </Form>
          {run.isError ? <ImportErrors error={run.error} what="名册" /> : null}
        </>
      )}
    </Modal>
  );
}
