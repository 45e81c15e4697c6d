import QRCode from 'qrcode';
import { escapeHtml } from '../../print/html';
import { columnsOf } from '../escpos/ksx1001';
import type { Slip } from './slip';

/**
 * One line's markup: ASCII as is, each double-width character in a box exactly two columns
 * (`2ch`) wide. CJK fonts draw Hangul narrower than two Latin columns (Noto Sans Mono CJK: 0.92 em
 * against 2 × 0.5 em), so without the box a line with Hangul would end short of the edge.
 */
function lineHtml(text: string): string {
  let out = '';
  for (const ch of text) out += columnsOf(ch) === 2 ? `<span class="slip-w">${escapeHtml(ch)}</span>` : escapeHtml(ch);
  return out;
}

/**
 * A slip as HTML: one `<div>` per printed line (spaces kept) in a monospace font, a double-width
 * character two columns wide, so the columns line up as on paper. QR codes as inline SVG (no
 * image fetched). Every value is escaped; no scripts.
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
    parts.push(`<div class="${cls}">${lineHtml(block.text) || '&#8203;'}</div>`);
  }
  return `<article class="slip slip--${slip.columns}" lang="${escapeHtml(lang)}">${parts.join('')}</article>`;
}

/**
 * The paper's own stylesheet (system printer and PDF). 11 px type: a column is 5.5 px (~1.46 mm),
 * so 48 columns fit the 72 mm printable width of an 80 mm roll and 32 the 48 mm of a 58 mm one;
 * whole and half pixels keep Hangul at exactly two columns (a millimetre size drifts by rounding).
 */
export const SLIP_CSS = [
  '@page{margin:0}',
  'html,body{margin:0;padding:0;background:#fff;color:#000}',
  ".slip{font-family:'Noto Sans Mono CJK KR','D2Coding','Nanum Gothic Coding',monospace;font-size:11px;line-height:1.35;padding:3mm 4mm}",
  '.slip--48{width:264px}.slip--32{width:176px}',
  '.slip-line{white-space:pre;overflow:hidden}.slip-bold{font-weight:700}',
  '.slip-w{display:inline-block;width:2ch;text-align:center}',
  '.slip-big{font-size:22px;line-height:1.2}',
  '.slip-qr{margin:2mm auto;width:30mm;text-align:center}.slip-qr svg{width:30mm;height:30mm}.slip-qr figcaption{font-size:2.6mm}',
].join('');
