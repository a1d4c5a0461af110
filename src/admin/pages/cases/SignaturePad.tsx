// The party signs on the screen with a finger, a stylus or the mouse (Pointer Events cover all three).
// The drawing is kept at the device's pixel ratio so it is sharp in the issued document, and exported as
// PNG base64 without the data: prefix, as the API wants it.
import { forwardRef, useEffect, useImperativeHandle, useRef, type PointerEvent } from 'react';
import { Button, Space, Typography } from 'antd';

export interface SignaturePadHandle {
  /** PNG as base64 without the `data:image/png;base64,` prefix; null while nothing is drawn. */
  toBase64(): string | null;
  clear(): void;
}

const HEIGHT = 180;

const SignaturePad = forwardRef<SignaturePadHandle, { onChange?: (signed: boolean) => void }>(
  function SignaturePad({ onChange }, ref) {
    const canvas = useRef<HTMLCanvasElement>(null);
    const drawing = useRef(false);
    const inked = useRef(false);

    useEffect(() => {
      const el = canvas.current;
      if (!el) return;
      const ratio = window.devicePixelRatio || 1;
      el.width = Math.round(el.clientWidth * ratio);
      el.height = Math.round(HEIGHT * ratio);
      const ctx = el.getContext('2d');
      if (!ctx) return;
      ctx.scale(ratio, ratio);
      ctx.lineWidth = 2.5;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#111';
    }, []);

    const point = (e: PointerEvent<HTMLCanvasElement>) => {
      const r = e.currentTarget.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };

    const clear = () => {
      const el = canvas.current;
      const ctx = el?.getContext('2d');
      if (!el || !ctx) return;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, el.width, el.height);
      ctx.restore();
      inked.current = false;
      onChange?.(false);
    };

    useImperativeHandle(ref, () => ({
      toBase64: () =>
        inked.current && canvas.current
          ? (canvas.current.toDataURL('image/png').split(',')[1] ?? null)
          : null,
      clear,
    }));

    return (
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <canvas
          ref={canvas}
          className="sx-signature-pad"
          aria-label="当事人签名区"
          style={{ height: HEIGHT }}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            const ctx = e.currentTarget.getContext('2d');
            const p = point(e);
            drawing.current = true;
            ctx?.beginPath();
            ctx?.moveTo(p.x, p.y);
            ctx?.lineTo(p.x + 0.1, p.y + 0.1);
            ctx?.stroke();
          }}
          onPointerMove={(e) => {
            if (!drawing.current) return;
            const ctx = e.currentTarget.getContext('2d');
            const p = point(e);
            ctx?.lineTo(p.x, p.y);
            ctx?.stroke();
            if (!inked.current) {
              inked.current = true;
              onChange?.(true);
            }
          }}
          onPointerUp={() => (drawing.current = false)}
          onPointerCancel={() => (drawing.current = false)}
        />
        <Space>
          <Typography.Text type="secondary">请当事人在框内签名</Typography.Text>
          <Button size="small" onClick={clear}>
            清除重签
          </Button>
        </Space>
      </Space>
    );
  },
);

export default SignaturePad;
