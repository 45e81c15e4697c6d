/**
 * Close of day (마감정산) with 10,000 payments in the day and 100,000 from earlier days stored:
 * the whole preview (read the day's rows, parse them, totals by method/status/cashier with VAT per
 * payment, late refunds) against a plain SELECT of the same rows in the same run.
 */
import { AccessService } from '../../main/auth/access-service';
import { AccountStore } from '../../main/auth/account-store';
import { SqliteAuditLog } from '../../main/audit/sqlite-audit-log';
import { newAppKeys } from '../../main/config/app-keys';
import { closeTotals, type DayPayment } from '../../main/close/close-totals';
import { DayCloseService } from '../../main/close/day-close-service';
import { DAY_PAYMENTS_SQL, DayStore } from '../../main/close/day-store';
import { Ledger } from '../../main/ledger/ledger';
import { NO_PRINTER } from '../../main/print/document-printer';
import { benchDir } from '../lib/temp';
import { measure, measureInterleaved } from '../lib/measure';
import { row, type Figure } from '../lib/types';
import { fillLedger, intent } from './ledger-scale';

const EARLIER = 100_000;
const IN_DAY = 10_000;
const RUNS = { iterations: 60, warmupIterations: 3 };
const KINDS = ['keyed', 'billing', 'window'] as const;
const CASHIERS = ['김캐셔', '이캐셔', '박매니저', '최사장'];

export const figure: Figure = async () => {
  const dir = benchDir();
  const ledger = new Ledger({ dataDir: dir.path });
  try {
    const at = (i: number) => intent(i, 'x').at;
    fillLedger(ledger, EARLIER, (i) => intent(i, 'old'));
    const dayStart = at(EARLIER);
    fillLedger(ledger, IN_DAY, (i) => ({
      ...intent(EARLIER + 1 + i, 'day'),
      kind: KINDS[i % 3] ?? 'keyed',
      taxFree: i % 7 === 0 ? 1_000 : 0,
      cashier: CASHIERS[i % CASHIERS.length] ?? 'bench',
    }));
    const db = ledger.database;
    // Paid, with one in twenty partly refunded and one in fifty declined, spread over both periods.
    db.exec(`UPDATE payments SET status = 'paid'`);
    db.exec(`UPDATE payments SET status = 'partially_cancelled', cancel_amount = amount / 2 WHERE rowid % 20 = 0`);
    db.exec(`UPDATE payments SET status = 'failed' WHERE rowid % 50 = 1`);
    const now = () => at(EARLIER + IN_DAY + 10);
    const keys = newAppKeys();
    const audit = new SqliteAuditLog(db, now, keys.audit);
    const access = new AccessService({ accounts: new AccountStore(db), audit, now, pepper: keys.pepper });
    const days = new DayStore(db);
    const service = new DayCloseService({
      days,
      access,
      audit,
      backend: () => null,
      now,
      printer: NO_PRINTER,
      letterhead: () => ({ lang: 'ko', storeName: 'bench', businessNumber: '' }),
      auditHead: () => audit.head(),
    });
    days.insert(dayStart, 'bench', 0);

    const plain = db.prepare(DAY_PAYMENTS_SQL);
    const check = await service.preview();
    if (check.totals.all.approved.count + check.totals.notCharged !== IN_DAY) throw new Error('close bench: wrong day size');

    const pooled = await measureInterleaved(
      { preview: () => service.preview(), select: () => plain.all(dayStart, now()) },
      { ...RUNS, rounds: 3 },
    );
    const rows: DayPayment[] = [...days.payments(dayStart, now())];
    const totalsOnly = await measure('totals', () => closeTotals(rows, { refunds: 0, approvals: 0 }), { iterations: 200, warmupIterations: 20 });
    const { preview, select } = pooled;
    if (!preview || !select) throw new Error('close bench: missing samples');
    return [
      row({
        figure: `close of day: preview of a ${IN_DAY.toLocaleString('en')}-payment day (${EARLIER.toLocaleString('en')} earlier stored), p95`,
        value: preview.p95,
        unit: 'ms',
        baseline: select.p95,
        p50: preview.p50,
        p95: preview.p95,
        note: 'baseline: the same query read with .all() (no parsing, no totals)',
      }),
      row({
        figure: `close of day: totals alone over ${IN_DAY.toLocaleString('en')} payments in memory, p95`,
        value: totalsOnly.p95,
        unit: 'ms',
        p50: totalsOnly.p50,
        p95: totalsOnly.p95,
        note: 'by method, status and cashier, VAT per payment',
      }),
    ];
  } finally {
    ledger.close();
    dir.cleanup();
  }
};
