// A draft PDF (a blob: URL made from the preview response) shown in a modal. Embedding a blob: URL in an
// <iframe> needs the page's Content-Security-Policy to allow it for frames (frame-src, else default-src);
// when the server's policy does not, the browser would refuse the frame, so the modal offers the draft
// in a new tab and as a download instead. The policy is read once from this page's own response headers.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Spin } from 'antd';
import { DownloadOutlined, ExportOutlined } from '@ant-design/icons';

/** Whether `directive` (or default-src, its fallback) of a CSP lets a page frame blob: URLs. */
export function framesBlobs(csp: string | null): boolean {
  if (!csp) return true;
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name.toLowerCase(), values] as const),
  );
  const sources = directives.get('frame-src') ?? directives.get('child-src') ?? directives.get('default-src');
  return sources === undefined || sources.includes('blob:') || sources.includes('*');
}

function useCanFrameBlobs() {
  return useQuery({
    queryKey: ['csp', 'frames-blobs'],
    staleTime: Infinity,
    queryFn: async () => {
      const res = await fetch(window.location.href, { method: 'HEAD', credentials: 'same-origin' });
      return framesBlobs(res.headers.get('content-security-policy'));
    },
  });
}

export default function PdfPreviewModal({
  url,
  title,
  onClose,
}: {
  url: string | null;
  title: string;
  onClose: () => void;
}) {
  const canFrame = useCanFrameBlobs();
  const actions = url ? (
    <Space>
      <Button href={url} target="_blank" rel="noopener" icon={<ExportOutlined />}>
        在新标签页中查看
      </Button>
      <Button href={url} download={`${title}（草稿）.pdf`} icon={<DownloadOutlined />}>
        下载草稿 PDF
      </Button>
    </Space>
  ) : null;
  return (
    <Modal
      open={url !== null}
      title={`预览：${title}（草稿）`}
      width="min(960px, 96vw)"
      footer={actions}
      onCancel={onClose}
      destroyOnHidden
    >
      {canFrame.isPending ? (
        <Spin style={{ display: 'block', margin: '40px auto' }} />
      ) : url && canFrame.data === true ? (
        <iframe className="sx-pdf-frame" title="文书预览" src={url} />
      ) : (
        <Alert
          type="info"
          showIcon
          message="草稿已生成"
          description="本系统的安全策略不允许在页面内嵌入 PDF，请点击下方按钮在新标签页中查看或下载草稿。草稿带“草稿”水印，不编号、不签名、不保存。"
        />
      )}
    </Modal>
  );
}
