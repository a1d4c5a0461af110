// 文书: the templates this case may use now (制作 opens the fill–preview–issue drawer), and the documents
// already issued with their numbers and DOCX/PDF downloads.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Collapse, List, Space, Tag, Typography } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { downloadFile } from '../../lib/download.ts';
import { errorText } from '../../lib/errors.ts';
import { caseKeys, type CaseDetail, type DocumentTemplate } from './api.ts';
import IssueDocumentDrawer from './IssueDocumentDrawer.tsx';

type Issued = CaseDetail['documents'][number];

export default function DocumentsPanel({ c }: { c: CaseDetail }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const [open, setOpen] = useState<DocumentTemplate | null>(null);
  const templates = useQuery({
    queryKey: caseKeys.templates(c.id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/cases/{id}/document-templates', { params: { path: { id: c.id } } })),
  });

  const allowed = (templates.data ?? []).filter((t) => t.refusals.length === 0);
  const refused = (templates.data ?? []).filter((t) => t.refusals.length > 0);

  const download = (d: Issued, format: 'docx' | 'pdf') =>
    downloadFile(`/api/v1/documents/${d.id}/file/${format}`, `${d.title}.${format}`).catch((e: unknown) =>
      message.error(errorText(e)),
    );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={5}>已签发文书</Typography.Title>
        <List<Issued>
          bordered
          size="small"
          dataSource={c.documents}
          locale={{ emptyText: '尚未签发文书' }}
          renderItem={(d) => (
            <List.Item>
              <div className="sx-doc-row">
                <div className="sx-doc-main">
                  <Typography.Text strong>{d.title}</Typography.Text>
                  <Space size={[8, 4]} wrap style={{ display: 'flex' }}>
                    {d.number ? <span className="sx-mono">{d.number}</span> : <span>（不编号）</span>}
                    <span>{d.issuedOn} 签发</span>
                    <Tag bordered={false} color="blue">
                      执法人员签名 {d.signed} 人
                    </Tag>
                    {d.partyConfirmation ? (
                      <Tag bordered={false} color={d.partyConfirmation === 'refused' ? 'warning' : 'success'}>
                        {d.partyConfirmation === 'refused' ? '当事人拒签' : '当事人已签'}
                      </Tag>
                    ) : null}
                  </Space>
                </div>
                <Space size={0}>
                  <Button
                    size="small"
                    type="link"
                    icon={<FileWordOutlined />}
                    onClick={() => void download(d, 'docx')}
                  >
                    DOCX
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    icon={<FilePdfOutlined />}
                    onClick={() => void download(d, 'pdf')}
                  >
                    PDF
                  </Button>
                </Space>
              </div>
            </List.Item>
          )}
        />
      </div>
      <div>
        <Typography.Title level={5}>制作文书</Typography.Title>
        {templates.isError ? (
          <Alert type="error" showIcon message={errorText(templates.error)} />
        ) : (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {/* The server lists what is due now first; what the law does not allow now goes below. */}
            <List<DocumentTemplate>
              bordered
              size="small"
              loading={templates.isPending}
              dataSource={allowed}
              locale={{ emptyText: '本阶段没有可以制作的文书' }}
              renderItem={(t) => (
                <List.Item>
                  <div className="sx-doc-row">
                    <Space size={[8, 4]} wrap className="sx-doc-main">
                      <span>{t.title}</span>
                      {t.due ? <Tag color="processing">当前应制作</Tag> : null}
                      {t.numbered ? <Tag bordered={false}>编号</Tag> : null}
                      {t.partySigns ? <Tag bordered={false}>当事人签名</Tag> : null}
                    </Space>
                    <Button size="small" onClick={() => setOpen(t)} disabled={!can('cases.handle')}>
                      制作
                    </Button>
                  </div>
                </List.Item>
              )}
            />
            {refused.length > 0 ? (
              <Collapse
                size="small"
                items={[
                  {
                    key: 'refused',
                    label: `本阶段依法不能制作的文书（${refused.length}）`,
                    children: (
                      <List<DocumentTemplate>
                        size="small"
                        dataSource={refused}
                        renderItem={(t) => (
                          <List.Item>
                            <List.Item.Meta
                              title={<Typography.Text type="secondary">{t.title}</Typography.Text>}
                              description={t.refusals.join('；')}
                            />
                          </List.Item>
                        )}
                      />
                    ),
                  },
                ]}
              />
            ) : null}
          </Space>
        )}
      </div>
      {open ? (
        <IssueDocumentDrawer key={open.key} c={c} template={open} onClose={() => setOpen(null)} />
      ) : null}
    </Space>
  );
}
