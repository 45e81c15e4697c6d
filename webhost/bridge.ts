/**
 * The browser host's stand-in for the Electron preload: defines `window.pos` with one named
 * function per contract method, each a same-origin POST to `/api/<method>`. The host knows the
 * page by its HttpOnly session cookie, which the browser adds itself: this script holds no
 * secret. Bundled by esbuild at host start (see bridge-bundle.ts); it imports types only, so zod
 * and the rest of main never reach the page.
 */
import type { PosApi } from '../contract/api';
import type { Method } from '../contract/channels';
import type { Result } from '../contract/result';

/** `satisfies` with an object literal: a method missing from, or unknown to, the contract is a compile error. */
const METHODS = {
  getSettings: true,
  saveSettings: true,
  saveCredentials: true,
  clearCredentials: true,
  testConnection: true,
  chargeKeyed: true,
  recentPayments: true,
  getPayment: true,
  refreshPayment: true,
  refundQuote: true,
  refund: true,
  searchPayments: true,
  refreshFromPortOne: true,
  receiptPreview: true,
  printReceipt: true,
  saveReceiptPdf: true,
  startWindowPayment: true,
  windowPaymentState: true,
  closeWindowPayment: true,
  authStatus: true,
  signIn: true,
  signOut: true,
  lockTill: true,
  touchSession: true,
  setIdleLock: true,
  listCashiers: true,
  createCashier: true,
  updateCashier: true,
  auditPage: true,
  verifyAudit: true,
  exportAudit: true,
  dayStatus: true,
  openDay: true,
  previewClose: true,
  closeDay: true,
  listDays: true,
  dayReport: true,
  reconcileDay: true,
  printDayReport: true,
  getPrinterSettings: true,
  savePrinterSettings: true,
  testPrint: true,
  printDaySlip: true,
  openDrawer: true,
  reprintLast: true,
  searchCustomers: true,
  getCustomer: true,
  chargeAgain: true,
  removeCard: true,
  refreshCustomers: true,
  registerCard: true,
  cardOnFileOptions: true,
  scheduleCharges: true,
  customerSchedules: true,
  failedSchedules: true,
  cancelSchedule: true,
  cancelCustomerSchedules: true,
  changeScheduleTime: true,
  retrySchedule: true,
  rescheduleFailed: true,
  stopSchedule: true,
  pollSchedules: true,
  catalog: true,
  searchProducts: true,
  productByCode: true,
  saveProduct: true,
  saveCategory: true,
  deleteCategory: true,
  previewCatalogImport: true,
  confirmCatalogImport: true,
  exportCatalog: true,
  salesSettings: true,
  saveSalesSettings: true,
  priceCart: true,
  holdSale: true,
  listHeldSales: true,
  recallHeldSale: true,
  deleteHeldSale: true,
  paySale: true,
  getSale: true,
  saleByPayment: true,
  recentSales: true,
  quoteSaleRefund: true,
  refundSaleLines: true,
  voidSale: true,
  takeCash: true,
  refundCash: true,
  moveDrawerCash: true,
  getCashSale: true,
  issueCashReceipt: true,
  cashReceiptsFor: true,
  refreshCashReceipt: true,
  cancelCashReceipt: true,
  getCashReceiptSettings: true,
  saveCashReceiptSettings: true,
} as const satisfies Record<Method, true>;

const unreachable = (message: string): Result<never> => ({ ok: false, error: { code: 'unavailable', reason: 'host.unreachable', message } });

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

async function call(method: Method, request: unknown): Promise<Result<unknown>> {
  let res: globalThis.Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Wrapped so that an `undefined` request (optional payloads) survives JSON as "absent".
      body: JSON.stringify({ payload: request }),
      credentials: 'same-origin',
    });
  } catch {
    return unreachable('The POS service is not reachable. Is the host still running?');
  }
  try {
    const body: unknown = await res.json();
    return isResult(body) ? body : unreachable(`The POS service answered HTTP ${res.status}.`);
  } catch {
    return unreachable(`The POS service answered HTTP ${res.status}.`);
  }
}

const api = Object.fromEntries(
  (Object.keys(METHODS) as Method[]).map((method) => [method, (request: unknown) => call(method, request)]),
) as unknown as PosApi;

Object.defineProperty(globalThis, 'pos', { value: Object.freeze(api), enumerable: true, configurable: false, writable: false });
