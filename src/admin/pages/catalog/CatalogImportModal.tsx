// 导入清单 (.xlsx), in the columns of the exported file. The server checks every row (formats, citations
// against the legal library, the kind's rules) and saves nothing when any is wrong; rows that change
// nothing create no new version.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Modal, Result, Typography } from 'antd';
import { rawFetch } from '../../api/client.ts';
import type { CatalogImportResult } from '../../api/types.ts';
import { ImportErrors, importFooter, XlsxDragger } from '../../lib/XlsxImport.tsx';
import type { KindConfig } from './spec.ts';

export default function CatalogImportModal({ config, onClose }: { config: KindConfig; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error('请选择要导入的 .xlsx 文件');
      const form = new FormData();
      form.append('file', file);
      const res = await rawFetch(`/api/v1/catalog/${config.kind}/import`, { method: 'POST', body: form });
      return (await res.json()) as CatalogImportResult;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['catalog', config.kind] });
      await queryClient.invalidateQueries({ queryKey: ['catalog-versions', config.kind] });
    },
  });

  return (
    <Modal
      open
      width={780}
      title={`导入${config.title}`}
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
          title={`已校验 ${run.data.rows} 条，${run.data.changed} 条生成新版本`}
          subTitle={`${run.data.unchanged} 条与现行版本相同，未生成新版本。导入已记入审计日志，修改理由为“表格导入”。`}
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            请使用“导出”得到的表格作为模板：每行一个条目（裁量基准每行一个阶次，同一基准编码的行合为一条），
            依据写作《法规名称》第X条，金额以元为单位，生效日期格式为 YYYY-MM-DD（留空为今日）。
          </Typography.Paragraph>
          <XlsxDragger
            file={file}
            onChange={(f) => {
              setFile(f);
              run.reset();
            }}
          />
          {run.isError ? <ImportErrors error={run.error} what="表格" /> : null}
        </>
      )}
    </Modal>
  );
}
