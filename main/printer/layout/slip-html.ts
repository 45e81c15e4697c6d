import QRCode from 'qrcode';
import { escapeHtml } from '../../print/html';
import type { Slip } from './slip';

/**
 * A slip as HTML: one `<div>` per printed line (spaces kept) in a CJK monospace font, where a
 * Hangul glyph is exactly two Latin columns wide, so the columns line up as on paper. QR codes
 * as inline SVG (no image fetched). Every value is escaped; no scripts.
 */
export async function slipHtml(slip: Slip, lang: string): Promise<string> {
  const parts: string[] = [];
  for (const block of slip.blocks) {
    if (block.kind === 'qr') {
      const svg = await QRCode.toString(block.data, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      parts.push(`<figure class="slip-qr" aria-label="${escapeHtml(block.caption)}">${svg}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`);
      continue;
    }
    const cls = ['slip-line', block.bold ? 'slip-bold' : '', block.big ? 'slip-big' : ''].filter(Boolean).join(' ');
    parts.push(`<div class="${cls}">${escapeHtml(block.text) || '&#8203;'}</div>`);
  }
  return `<article class="slip slip--${slip.columns}" lang="${escapeHtml(lang)}">${parts.join('')}</article>`;
}

/**
 * The paper's own stylesheet (system printer and PDF). 1.5 mm per column: 48 columns fill the
 * 72 mm printable width of an 80 mm roll, 32 the 48 mm of a 58 mm roll.
 */
export const SLIP_CSS = [
  '@page{margin:0}',
  'html,body{margin:0;padding:0;background:#fff;color:#000}',
  ".slip{font-family:'Noto Sans Mono CJK KR','D2Coding','Nanum Gothic Coding',monospace;font-size:3mm;line-height:1.35;padding:3mm 4mm}",
  '.slip--48{width:72mm}.slip--32{width:48mm}',
  '.slip-line{white-space:pre;overflow:hidden}.slip-bold{font-weight:700}',
  '.slip-big{font-size:6mm;line-height:1.2}',
  '.slip-qr{margin:2mm auto;width:30mm;text-align:center}.slip-qr svg{width:30mm;height:30mm}.slip-qr figcaption{font-size:2.6mm}',
].join('');
