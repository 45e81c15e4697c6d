import { z } from 'zod';
import { DrawerFigures } from './cash';
import { defineReasons } from './result';
import { SalesSummary } from './sales';
import { Krw, ManagerApproval, PaymentKind, WindowPayMethod } from './schemas';

/** Business days: open with a float, close with a Z report (마감정산) and a reconciliation against PortOne. */

const Empty = z.strictObject({}).optional();
const DayId = z.number().int().min(1);
const Won = z.number().int();

/** Sums of one group of payments; VAT per payment as PortOne derives it (domain/money), then added up. */
export const Bucket = z.object({ count: z.number().int(), amount: Won, taxFree: Won, supply: Won, vat: Won });
export type Bucket = z.infer<typeof Bucket>;

/** approved = what was paid; refunded = what of it was cancelled by close; net = approved − refunded. */
export const Totals = z.object({ approved: Bucket, refunded: Bucket, net: Bucket });
export type Totals = z.infer<typeof Totals>;

export const CloseTotals = z.object({
  all: Totals,
  byMethod: z.object({ keyed: Totals, billing: Totals, window: Totals }),
  /**
   * The payment window's line split by how the customer paid and the card company or bank, in
   * method order (absent on older reports). A window payment written before its method was kept
   * counts in the window line only.
   */
  byWindowMethod: z.array(z.object({ method: WindowPayMethod, company: z.string().nullable(), totals: Totals })).optional(),
  byCashier: z.array(z.object({ cashier: z.string(), totals: Totals })),
  /** Card payments by the card company PortOne named ('' = not known, e.g. a window's bank transfer); absent on older reports. */
  byCardCompany: z.array(z.object({ company: z.string(), totals: Totals })).default([]),
  /** Declined or never charged (failed, rejected). */
  notCharged: z.number().int(),
  /** Still pending/unknown at close: the reconciliation says what PortOne knows. */
  unresolved: z.number().int(),
  /** Virtual accounts issued, not deposited yet: not a sale yet, not unresolved either (0 on older reports). */
  awaitingDeposit: z.number().int().default(0),
  /** Refunded today on sales of earlier (closed) days; not in `all`. */
  lateRefunds: Won,
  /** Approved (or deposited) since the last close on sales of earlier days, open at their close; not in `all`. */
  lateApprovals: Won.default(0),
});
export type CloseTotals = z.infer<typeof CloseTotals>;

const Side = z.object({ status: z.string(), amount: Won, cancelAmount: Won });

export const ReconIssue = z.object({
  kind: z.enum(['missing_in_ledger', 'missing_at_portone', 'status_differs', 'amount_differs']),
  merchantUid: z.string(),
  impUid: z.string().nullable(),
  ledger: Side.nullable(),
  portone: Side.nullable(),
});
export type ReconIssue = z.infer<typeof ReconIssue>;

/**
 * A 현금영수증 of the period as the POS holds it against PortOne's record
 * (`GET /receipts/external/{merchant_uid}`): issued here but none or cancelled there, or the other way round.
 */
export const ReceiptIssue = z.object({
  kind: z.enum(['receipt_missing_at_portone', 'receipt_cancelled_at_portone', 'receipt_missing_here', 'receipt_cancelled_here']),
  merchantUid: z.string(),
  cashUid: z.string(),
  /** The POS's state ('none' = no receipt here), PortOne's ('none', 'issued', 'cancelled'). */
  pos: z.string(),
  portone: z.string(),
  amount: Won,
});
export type ReceiptIssue = z.infer<typeof ReceiptIssue>;

export const Reconciliation = z.object({
  checkedAt: z.number().int(),
  /** Null when PortOne could not be asked; `issues` is then empty and means nothing. */
  error: z.string().nullable(),
  ledgerCount: z.number().int(),
  portoneCount: z.number().int(),
  /** Stopped after the page limit: more PortOne payments exist than were compared. */
  truncated: z.boolean(),
  issues: z.array(ReconIssue),
  /** Cash receipts compared one by one (absent on older reports); `error` when PortOne could not be asked about some. */
  receipts: z.object({ checked: z.number().int(), error: z.string().nullable(), issues: z.array(ReceiptIssue) }).optional(),
});
export type Reconciliation = z.infer<typeof Reconciliation>;

export const DayView = z.object({
  id: z.number().int(),
  /** Payments taken after this instant (the previous close, or the opening of the first day) belong to this day. */
  startsAt: z.number().int(),
  openedAt: z.number().int(),
  openedBy: z.string(),
  floatAmount: Krw,
  closedAt: z.number().int().nullable(),
  closedBy: z.string().nullable(),
});
export type DayView = z.infer<typeof DayView>;

export const CloseReport = z.object({
  day: DayView,
  /** End of the period counted (the close, or now for a preview). */
  endsAt: z.number().int(),
  final: z.boolean(),
  totals: CloseTotals,
  /** difference = 현금과부족: counted − the drawer's expected cash (the float when no cash moved). */
  cash: z.object({ float: Krw, counted: Krw.nullable(), difference: Won.nullable() }),
  /** The cash drawer's figures (cash sales, refunds, drops, pay-outs, cash receipts); absent on reports stored before it existed. */
  drawer: DrawerFigures.optional(),
  reconciliation: Reconciliation.nullable(),
  /** Σ cancel_amount of every payment taken up to the close: the base for the next day's late refunds. */
  refundedThroughClose: Won,
  /**
   * Payments of the period still open (being checked with PortOne) when the report was made: the
   * screen warns and lists them before a manager closes; once approved they count as late approvals.
   */
  openPayments: z.array(z.object({ merchantUid: z.string(), kind: PaymentKind, status: z.string(), amount: Won })).default([]),
  /** Σ amount of every charged payment taken up to the close: the base for the next day's late approvals (absent on older reports). */
  approvedThroughClose: Won.optional(),
  /**
   * The audit log's newest entry when the day closed: a later verification checks the chain still
   * reaches it, so removing the newest entries is noticed too. Absent on reports stored before it existed.
   */
  auditHead: z.object({ seq: z.number().int(), hash: z.string() }).nullable().optional(),
  /** Sales by category and product, discounts given, sales and items counted. Absent on reports stored before it existed. */
  sales: SalesSummary.optional(),
});
export type CloseReport = z.infer<typeof CloseReport>;

export const DayStatus = z.object({ open: DayView.nullable(), lastClosed: DayView.nullable() });

export const closeContract = {
  dayStatus: { channel: 'day:status', request: Empty, response: DayStatus },
  openDay: {
    channel: 'day:open',
    request: z.strictObject({ floatAmount: Krw, approval: ManagerApproval.optional() }),
    response: DayView,
  },
  /** The open day's figures so far: the X report (중간정산), nothing is stored. */
  previewClose: {
    channel: 'day:preview',
    /** Cash counted now (optional): the X report then shows 현금과부족 against the drawer's expected cash, still storing nothing. */
    request: z.strictObject({ countedCash: Krw.nullable().optional() }).optional(),
    response: CloseReport,
  },
  closeDay: {
    channel: 'day:close',
    request: z.strictObject({ countedCash: Krw.nullable(), approval: ManagerApproval.optional() }),
    response: CloseReport,
  },
  listDays: { channel: 'day:list', request: z.strictObject({ limit: z.number().int().min(1).max(100) }), response: z.array(DayView) },
  /** A closed day's frozen report. */
  dayReport: { channel: 'day:report', request: z.strictObject({ dayId: DayId }), response: CloseReport },
  /** Compares the open day (or a closed one) with PortOne's own list for the same period. */
  reconcileDay: {
    channel: 'day:reconcile',
    request: z.strictObject({ dayId: DayId.optional(), approval: ManagerApproval.optional() }),
    response: Reconciliation,
  },
  /** A closed day's Z report, or the open day's X report (its figures now, marked not final). */
  printDayReport: {
    channel: 'day:print',
    /** `countedCash`: the count typed for an X report (ignored for a closed day, whose report is stored). */
    request: z.strictObject({ dayId: DayId, output: z.enum(['print', 'pdf']), countedCash: Krw.nullable().optional() }),
    response: z.object({
      outcome: z.enum(['printed', 'cancelled', 'in_page', 'saved']),
      path: z.string().nullable(),
      /** The document itself, for a host that prints from the page. */
      html: z.string(),
    }),
  },
} as const satisfies Record<string, { channel: string; request: z.ZodType; response: z.ZodType }>;

export const closeReasons = defineReasons('close', ['day_already_open', 'day_closed_meanwhile', 'day_not_found', 'day_still_open', 'no_day_open']);
