import { columnsOf, printableText } from '../escpos/ksx1001';

/**
 * The one document model every receipt and report is printed from: a list of lines already laid
 * out to the paper's columns (double-width Hangul counted as 2). The ESC/POS encoder sends these
 * lines as they are; the HTML renderer (preview, system printer, PDF) shows the same lines in a
 * monospace font, so paper and screen cannot drift apart.
 */

export type PaperWidth = 58 | 80;
/** Font A columns of a 58 mm (48 mm printable) and an 80 mm (72 mm printable) roll. */
export const COLUMNS: Record<PaperWidth, number> = { 58: 32, 80: 48 };

export type SlipBlock =
  /** One printed line; `big` = double width and height, so it holds half the columns. */
  | { kind: 'text'; text: string; bold?: boolean; big?: boolean }
  /** A QR code the printer draws natively (GS ( k), centred, with its caption below. */
  | { kind: 'qr'; data: string; caption: string };

export interface Slip {
  columns: number;
  blocks: SlipBlock[];
}

/** Cuts a text to at most `width` columns, never through a double-width character. */
function take(text: string, width: number): string {
  let used = 0;
  let head = '';
  for (const ch of text) {
    const w = columnsOf(ch);
    if (used + w > width) break;
    head += ch;
    used += w;
  }
  return head;
}

/** Splits a text into lines of at most `width` columns, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = printableText(text).trim();
  while (columnsOf(rest) > width) {
    const head = take(rest, width);
    const space = head.lastIndexOf(' ');
    const cut = space > head.length / 2 ? space : head.length;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '' || lines.length === 0) lines.push(rest);
  return lines;
}

const spaces = (n: number): string => ' '.repeat(Math.max(0, n));

/** Builds a slip line by line for one paper width. */
export class SlipBuilder {
  private readonly blocks: SlipBlock[] = [];

  constructor(readonly columns: number) {}

  /** Centred text; `big` lines hold half the columns. */
  center(text: string, style: { bold?: boolean; big?: boolean } = {}): this {
    const width = style.big ? Math.floor(this.columns / 2) : this.columns;
    for (const line of wrap(text, width)) {
      this.push(spaces(Math.floor((width - columnsOf(line)) / 2)) + line, style);
    }
    return this;
  }

  /** Left-aligned text, wrapped; continuation lines indented by `indent`. */
  text(text: string, style: { bold?: boolean; indent?: number } = {}): this {
    const indent = style.indent ?? 0;
    wrap(text, this.columns - indent).forEach((line) => this.push(spaces(indent) + line, style));
    return this;
  }

  /** Label on the left, value flush right; a value that does not fit goes on its own line. */
  pair(label: string, value: string, style: { bold?: boolean; indent?: number } = {}): this {
    const left = spaces(style.indent ?? 0) + printableText(label);
    const right = printableText(value);
    const gap = this.columns - columnsOf(left) - columnsOf(right);
    if (gap >= 1) return this.push(left + spaces(gap) + right, style);
    this.text(left, style);
    for (const line of wrap(right, this.columns)) this.push(spaces(this.columns - columnsOf(line)) + line, style);
    return this;
  }

  rule(char: '-' | '=' = '-'): this {
    return this.push(char.repeat(this.columns), {});
  }

  blank(): this {
    return this.push('', {});
  }

  qr(data: string, caption: string): this {
    this.blocks.push({ kind: 'qr', data, caption: printableText(caption) });
    return this;
  }

  build(): Slip {
    return { columns: this.columns, blocks: [...this.blocks] };
  }

  private push(text: string, style: { bold?: boolean; big?: boolean }): this {
    this.blocks.push({ kind: 'text', text, ...(style.bold ? { bold: true } : {}), ...(style.big ? { big: true } : {}) });
    return this;
  }
}

const wonFormat = new Intl.NumberFormat('ko-KR');
/** Amounts on paper: `12,300원` (the printer has no ₩; `원` reads the same on every Korean receipt). */
export const won = (amount: number): string => `${wonFormat.format(amount)}원`;
