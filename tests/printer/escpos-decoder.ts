import iconv from 'iconv-lite';

/**
 * Turns ESC/POS bytes back into what a printer would do with them: text lines and commands.
 * Only what this till sends is understood; anything else is reported as `unknown` so a test
 * notices a stray byte instead of skipping it. Double-byte text must be KS X 1001 pairs
 * (A1–FE A1–FE); any other byte ≥ 0x80 is reported as `invalid`.
 */
export type EscPosEvent =
  | { type: 'init' }
  | { type: 'charset'; n: number }
  | { type: 'korean'; on: boolean }
  | { type: 'align'; value: 'left' | 'center' | 'right' }
  | { type: 'bold'; on: boolean }
  | { type: 'size'; n: number }
  | { type: 'line'; text: string; bold: boolean; big: boolean; columns: number }
  | { type: 'feed'; lines: number }
  | { type: 'cut'; mode: number }
  | { type: 'drawer'; bytes: number[] }
  | { type: 'qr'; data: string; model: number | null; size: number | null; level: number | null }
  | { type: 'status'; n: number }
  | { type: 'invalid'; bytes: number[] }
  | { type: 'unknown'; byte: number; at: number };

export function decodeEscPos(input: Buffer): EscPosEvent[] {
  const events: EscPosEvent[] = [];
  let korean = false;
  let bold = false;
  let big = false;
  let text: number[] = [];
  let qr: { model: number | null; size: number | null; level: number | null; data: string | null } = { model: null, size: null, level: null, data: null };
  const b = input;
  let i = 0;
  const at = (k: number): number => b[k] ?? 0;

  const flushLine = () => {
    const bytes = Buffer.from(text);
    events.push({ type: 'line', text: iconv.decode(bytes, 'euc-kr'), bold, big, columns: bytes.length });
    text = [];
  };

  while (i < b.length) {
    const c = at(i);
    const next = b[i + 1];
    if (c === 0x0a) {
      flushLine();
      i += 1;
    } else if (c === 0x1b && next === 0x40) {
      events.push({ type: 'init' });
      korean = false;
      bold = false;
      big = false;
      i += 2;
    } else if (c === 0x1b && next === 0x52) {
      events.push({ type: 'charset', n: at(i + 2) });
      i += 3;
    } else if (c === 0x1b && next === 0x61) {
      const v = at(i + 2);
      events.push({ type: 'align', value: v === 1 ? 'center' : v === 2 ? 'right' : 'left' });
      i += 3;
    } else if (c === 0x1b && next === 0x45) {
      bold = b[i + 2] === 1;
      events.push({ type: 'bold', on: bold });
      i += 3;
    } else if (c === 0x1b && next === 0x64) {
      events.push({ type: 'feed', lines: at(i + 2) });
      i += 3;
    } else if (c === 0x1b && next === 0x70) {
      events.push({ type: 'drawer', bytes: [...b.subarray(i, i + 5)] });
      i += 5;
    } else if (c === 0x1c && next === 0x26) {
      korean = true;
      events.push({ type: 'korean', on: true });
      i += 2;
    } else if (c === 0x1c && next === 0x2e) {
      korean = false;
      events.push({ type: 'korean', on: false });
      i += 2;
    } else if (c === 0x1d && next === 0x21) {
      big = b[i + 2] === 0x11;
      events.push({ type: 'size', n: at(i + 2) });
      i += 3;
    } else if (c === 0x1d && next === 0x56) {
      const m = at(i + 2);
      events.push({ type: 'cut', mode: m });
      i += m >= 65 ? 4 : 3;
    } else if (c === 0x1d && next === 0x28 && b[i + 2] === 0x6b) {
      const length = at(i + 3) + at(i + 4) * 256;
      const body = b.subarray(i + 5, i + 5 + length);
      const fn = body[1];
      if (body[0] !== 49) events.push({ type: 'unknown', byte: c, at: i });
      else if (fn === 65) qr.model = body[2] ?? 0;
      else if (fn === 67) qr.size = body[2] ?? 0;
      else if (fn === 69) qr.level = body[2] ?? 0;
      else if (fn === 80) qr.data = body.subarray(3).toString('ascii');
      else if (fn === 81) {
        events.push({ type: 'qr', data: qr.data ?? '', model: qr.model, size: qr.size, level: qr.level });
        qr = { model: null, size: null, level: null, data: null };
      } else events.push({ type: 'unknown', byte: c, at: i });
      i += 5 + length;
    } else if (c === 0x10 && next === 0x04) {
      events.push({ type: 'status', n: at(i + 2) });
      i += 3;
    } else if (c >= 0x20 && c < 0x7f) {
      text.push(c);
      i += 1;
    } else if (c >= 0x80) {
      const second = b[i + 1] ?? 0;
      if (korean && c >= 0xa1 && c <= 0xfe && second >= 0xa1 && second <= 0xfe) text.push(c, second);
      else events.push({ type: 'invalid', bytes: [c, second] });
      i += 2;
    } else {
      events.push({ type: 'unknown', byte: c, at: i });
      i += 1;
    }
  }
  if (text.length > 0) flushLine();
  return events;
}

/** The text lines, in order, as printed. */
export const linesOf = (events: EscPosEvent[]): string[] =>
  events.flatMap((e) => (e.type === 'line' ? [e.text] : []));

export const ofType = <T extends EscPosEvent['type']>(events: EscPosEvent[], type: T): Extract<EscPosEvent, { type: T }>[] =>
  events.filter((e): e is Extract<EscPosEvent, { type: T }> => e.type === type);
