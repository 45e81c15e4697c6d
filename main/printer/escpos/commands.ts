/**
 * The ESC/POS commands this till sends, byte for byte (Epson's ESC/POS reference; Bixolon and
 * Sewoo Korean models take the same). Each builder returns the bytes of one command.
 */
const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const EOT = 0x04;

/** ESC @: back to power-on defaults (clears a half-sent job's styles). */
export const initialize = (): Buffer => Buffer.from([ESC, 0x40]);

/** ESC R 13 (Korean character set), FS & (double-byte mode on): Hangul pairs print from the KS X 1001 font. */
export const koreanOn = (): Buffer => Buffer.from([ESC, 0x52, 13, FS, 0x26]);

/** FS .: double-byte mode off. */
export const koreanOff = (): Buffer => Buffer.from([FS, 0x2e]);

export type Align = 'left' | 'center' | 'right';
/** ESC a n. */
export const align = (a: Align): Buffer => Buffer.from([ESC, 0x61, a === 'left' ? 0 : a === 'center' ? 1 : 2]);

/** ESC E n: emphasis. */
export const bold = (on: boolean): Buffer => Buffer.from([ESC, 0x45, on ? 1 : 0]);

/** GS ! n: double width and height (0x11) or normal (0x00). */
export const doubleSize = (on: boolean): Buffer => Buffer.from([GS, 0x21, on ? 0x11 : 0x00]);

export const LF = (): Buffer => Buffer.from([0x0a]);

/** ESC d n: feed n lines. */
export const feed = (lines: number): Buffer => Buffer.from([ESC, 0x64, Math.max(0, Math.min(255, lines))]);

/** GS V 66 0: feed to the cutter and cut, leaving a hinge (partial cut). */
export const cut = (): Buffer => Buffer.from([GS, 0x56, 66, 0]);

/** ESC p 0 25 250 = 1B 70 00 19 FA: pulse drawer pin 2, 50 ms on, 500 ms off. */
export const drawerKick = (): Buffer => Buffer.from([ESC, 0x70, 0, 25, 250]);

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';
const QR_LEVEL: Record<QrErrorLevel, number> = { L: 48, M: 49, Q: 50, H: 51 };

/** GS ( k with cn 49 (QR) and the given function and parameters. */
const qrFunction = (fn: number, params: Buffer): Buffer => {
  const length = params.length + 2;
  return Buffer.concat([Buffer.from([GS, 0x28, 0x6b, length & 0xff, length >> 8, 49, fn]), params]);
};

/**
 * A native QR code (GS ( k): model 2 (fn 65), module size (fn 67), error level (fn 69), store
 * the data (fn 80), print it (fn 81). Data is ASCII (a URL); the printer draws it itself.
 */
export function qrCode(data: string, options: { size?: number; level?: QrErrorLevel } = {}): Buffer {
  if (!/^[\x20-\x7e]+$/.test(data)) throw new Error('QR data must be printable ASCII');
  if (data.length > 7000) throw new Error('QR data is too long for one symbol');
  const size = Math.max(1, Math.min(16, options.size ?? 6));
  return Buffer.concat([
    qrFunction(65, Buffer.from([50, 0])),
    qrFunction(67, Buffer.from([size])),
    qrFunction(69, Buffer.from([QR_LEVEL[options.level ?? 'M']])),
    qrFunction(80, Buffer.concat([Buffer.from([48]), Buffer.from(data, 'ascii')])),
    qrFunction(81, Buffer.from([48])),
  ]);
}

/** DLE EOT n: real-time status. 1 printer, 2 offline cause, 4 paper roll sensor; one byte back each. */
export const statusQuery = (n: 1 | 2 | 4): Buffer => Buffer.from([DLE, EOT, n]);
