// QR codes for A3/E2: the electronic certificate and the verification page both carry a code that opens
// the public verification page, so anyone at the scene can check an officer with a phone camera.
import QRCode from 'qrcode';
import type { FastifyRequest } from 'fastify';
import { html, raw, type SafeHtml } from './html.ts';

// The Host header is client-controlled; anything but a plain host[:port] (or [ipv6]:port) falls back,
// so a forged header can never put markup or another scheme into the encoded URL.
const HOST_RE = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/** Absolute URL of a portal path as the visitor reached us (protocol honours TRUST_PROXY). */
export function absoluteUrl(req: FastifyRequest, path: string): string {
  const host = HOST_RE.test(req.host) ? req.host : 'localhost';
  return `${req.protocol}://${host}${path}`;
}

export function verificationPath(number: string): string {
  return `/verify/${encodeURIComponent(number)}`;
}

/**
 * Inline SVG (no extra request, scales crisply when printed). Medium error correction survives a
 * slightly scratched phone screen; the library's output only contains the path data it computed.
 */
export async function qrFigure(target: string, caption: string): Promise<SafeHtml> {
  const svg = await QRCode.toString(target, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  const labelled = svg.replace(
    '<svg ',
    `<svg role="img" aria-label="二维码：${target.replace(/[&<>"']/g, '')}" `,
  );
  return html`<figure class="qr">${raw(labelled)}<figcaption>${caption}<br>${target}</figcaption></figure>`;
}
