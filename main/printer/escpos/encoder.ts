import type { Slip } from '../layout/slip';
import { align, bold, cut, doubleSize, drawerKick, feed, initialize, koreanOff, koreanOn, LF, qrCode } from './commands';
import { encodeKsX1001 } from './ksx1001';

export interface EncodeOptions {
  /** Copies of the slip, each cut when `cut` is set. */
  copies: number;
  cut: boolean;
  /** Open the cash drawer once, before the first copy (a cash sale). */
  drawer: boolean;
}

/** One slip as printed: text lines in the Korean mode, native QR codes, then feed and cut. */
function encodeSlip(slip: Slip, options: EncodeOptions): Buffer[] {
  const out: Buffer[] = [];
  for (const block of slip.blocks) {
    if (block.kind === 'qr') {
      out.push(align('center'), qrCode(block.data), LF(), encodeKsX1001(block.caption), LF(), align('left'));
      continue;
    }
    if (block.bold) out.push(bold(true));
    if (block.big) out.push(doubleSize(true));
    out.push(encodeKsX1001(block.text), LF());
    if (block.big) out.push(doubleSize(false));
    if (block.bold) out.push(bold(false));
  }
  out.push(feed(options.cut ? 4 : 6));
  if (options.cut) out.push(cut());
  return out;
}

/** The whole print job's bytes: reset, Korean mode on, the drawer if asked, every copy, Korean mode off. */
export function encodeJob(slip: Slip, options: EncodeOptions): Buffer {
  const parts: Buffer[] = [initialize(), koreanOn()];
  if (options.drawer) parts.push(drawerKick());
  for (let i = 0; i < Math.max(1, options.copies); i++) parts.push(...encodeSlip(slip, options));
  parts.push(koreanOff());
  return Buffer.concat(parts);
}

/** A drawer kick alone (the manager's "open drawer", a cash sale without a receipt). */
export const encodeDrawerKick = (): Buffer => Buffer.concat([initialize(), drawerKick()]);
