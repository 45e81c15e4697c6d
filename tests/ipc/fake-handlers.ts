import { DEFAULT_PRINTER_SETTINGS } from '../../contract/printer';
import type { Method } from '../../contract/channels';
import type { PaymentDetail, PaymentView } from '../../contract/schemas';
import type { SettingsView } from '../../contract/channels';
import type { CustomerView } from '../../contract/customers';
import type { ScheduleView } from '../../contract/schedules';
import type { WindowPayState } from '../../contract/window-payments';
import type { AuthStatus, CashierView } from '../../contract/auth';
import type { CloseReport, DayView, Reconciliation } from '../../contract/close';
import type { CallContext, Handlers } from '../../main/ipc/handlers';
import type { CategoryView, ProductView } from '../../contract/catalog';
import type { HeldSaleView, SaleDetail } from '../../contract/sales';
import { MANAGER_PIN } from '../support/pins';

export const settingsView: SettingsView = {
  mode: 'sandbox',
  lang: 'ko',
  impCode: 'imp12345678',
  windowMid: 'settle_win',
  keyedMid: 'settle_key',
  storeName: '테스트 상점',
  businessNumber: '123-45-67890',
  hectoBillingKeyOnly: false,
  hasCredentials: true,
  maskedKey: '1234••••5678',
  vault: { available: true, reason: null },
  apiBaseUrl: 'http://127.0.0.1:1',
};

export const paymentView: PaymentView = {
  merchantUid: 'pos-1',
  impUid: 'imp_1',
  kind: 'keyed',
  status: 'paid',
  sandbox: true,
  amount: 1100,
  taxFree: 0,
  vat: 100,
  cancelAmount: 0,
  orderName: '아메리카노',
  buyerName: '',
  cardName: 'BC',
  cardNumberMasked: '4111-11**-****-1111',
  cardQuota: 0,
  applyNum: '12345678',
  receiptUrl: null,
  failReason: null,
  cashier: 'cashier',
  createdAt: 0,
  updatedAt: 0,
};

const customerView: CustomerView = {
  customerUid: 'cu_0123456789abcdef01234567',
  name: '홍길동',
  phone: '010-1234-5678',
  memo: '',
  cardNumberMasked: '4111-11**-****-1111',
  cardName: 'BC',
  pgId: 'settle_key',
  keyState: 'active',
  issuedAt: 0,
  consentAt: 0,
  consentBy: 'till',
  checkedAt: null,
  sandbox: true,
};

const scheduleView: ScheduleView = {
  merchantUid: 'pos-20300105-0123456789ab',
  planId: 'plan-0123456789ab',
  customerUid: customerView.customerUid,
  customerName: customerView.name,
  scheduleAt: 0,
  moved: false,
  amount: 30000,
  taxFree: 0,
  orderName: '꽃배달',
  state: 'scheduled',
  failReason: null,
  impUid: null,
  executedAt: null,
};

const windowState: WindowPayState = {
  merchantUid: 'pos-1',
  phase: 'done',
  outcome: 'paid',
  message: null,
  payment: { ...paymentView, kind: 'window' },
  vbank: null,
};

const detail: PaymentDetail = { payment: paymentView, events: [{ at: 0, type: 'paid', detail: '', note: null, stale: false }] };

const actorView = { id: 'c_0123456789ab', name: '김점장', role: 'manager' as const };
const authStatus: AuthStatus = { mode: 'accounts', actor: actorView, locked: false, idleLockSeconds: 300, accounts: [actorView] };
const cashierView: CashierView = { ...actorView, active: true, blocked: false, createdAt: 0 };
const zeroBucket = { count: 0, amount: 0, taxFree: 0, supply: 0, vat: 0 };
const zeroTotals = { approved: zeroBucket, refunded: zeroBucket, net: zeroBucket };
const reconciliation: Reconciliation = { checkedAt: 0, error: null, ledgerCount: 0, portoneCount: 0, truncated: false, issues: [] };
const dayView: DayView = { id: 1, startsAt: 0, openedAt: 0, openedBy: '김점장', floatAmount: 100000, closedAt: null, closedBy: null };
const closeReport: CloseReport = {
  day: dayView,
  endsAt: 0,
  final: false,
  totals: {
    all: zeroTotals,
    byMethod: { keyed: zeroTotals, billing: zeroTotals, window: zeroTotals },
    byCashier: [],
    byCardCompany: [],
    notCharged: 0,
    unresolved: 0,
    lateRefunds: 0,
    lateApprovals: 0,
    awaitingDeposit: 0,
  },
  cash: { float: 100000, counted: null, difference: null },
  reconciliation,
  openPayments: [],
  refundedThroughClose: 0,
};

const cashSale = {
  merchantUid: 'pos-20300105-0123456789ab', amount: 10000, taxFree: 0, given: 50000, change: 40000, orderName: '아메리카노',
  cashier: 'till', takenAt: 1, refunded: 0, refundedTaxFree: 0,
};
const cashReceipt = {
  merchantUid: 'pos-20300105-0123456789ab', cashUid: 'pos-20300105-0123456789ab', amount: 10000, taxFree: 0, type: 'person' as const,
  identifierType: 'phone' as const, identifierMasked: '010-****-5678', selfIssued: false, state: 'issued' as const, applyNum: '123456789',
  receiptUrl: null, appliedAt: 1, cancelledAt: null, failReason: null, createdAt: 1,
};

export interface Call {
  method: Method;
  request: unknown;
  ctx: CallContext;
}

/** A complete Handlers object answering contract-valid data and recording every call. */
export function fakeHandlers(): { handlers: Handlers; calls: Call[] } {
  const calls: Call[] = [];
  const record = (method: Method, request: unknown, ctx: CallContext): void => void calls.push({ method, request, ctx });
  const handlers: Handlers = {
    getSettings: async (request, ctx) => (record('getSettings', request, ctx), settingsView),
    saveSettings: async (request, ctx) => (record('saveSettings', request, ctx), { ...settingsView, ...request }),
    saveCredentials: async (request, ctx) => (record('saveCredentials', request, ctx), settingsView),
    clearCredentials: async (request, ctx) => (record('clearCredentials', request, ctx), { ...settingsView, hasCredentials: false, maskedKey: null }),
    testConnection: async (request, ctx) => (
      record('testConnection', request, ctx), { ok: true, message: 'connected', failure: null, apiBaseUrl: 'http://127.0.0.1:1', clockSkewSeconds: 0 }
    ),
    chargeKeyed: async (request, ctx) => (
      record('chargeKeyed', request, ctx), { merchantUid: 'pos-1', outcome: 'paid', reason: null, payment: paymentView }
    ),
    recentPayments: async (request, ctx) => (record('recentPayments', request, ctx), [paymentView]),
    getPayment: async (request, ctx) => (record('getPayment', request, ctx), detail),
    refreshPayment: async (request, ctx) => (record('refreshPayment', request, ctx), detail),
    refundQuote: async (request, ctx) => (record('refundQuote', request, ctx), refundQuote),
    refund: async (request, ctx) => (record('refund', request, ctx), { outcome: 'refunded', reason: null, note: null, mismatch: null, quote: refundQuote }),
    searchPayments: async (request, ctx) => (record('searchPayments', request, ctx), { items: [paymentView], nextCursor: null }),
    refreshFromPortOne: async (request, ctx) => (record('refreshFromPortOne', request, ctx), detail),
    receiptPreview: async (request, ctx) => (record('receiptPreview', request, ctx), { bodyHtml: '<article></article>', reprint: false }),
    printReceipt: async (request, ctx) => (record('printReceipt', request, ctx), { bodyHtml: '<article></article>', reprint: false, outcome: 'in_page' }),
    saveReceiptPdf: async (request, ctx) => (record('saveReceiptPdf', request, ctx), { path: '/tmp/receipt.pdf', reprint: false }),
    getPrinterSettings: async (request, ctx) => (record('getPrinterSettings', request, ctx), DEFAULT_PRINTER_SETTINGS),
    savePrinterSettings: async (request, ctx) => (record('savePrinterSettings', request, ctx), request.settings),
    testPrint: async (request, ctx) => (record('testPrint', request, ctx), { printed: true, status: null }),
    printDaySlip: async (request, ctx) => (record('printDaySlip', request, ctx), { printed: true as const }),
    openDrawer: async (request, ctx) => (record('openDrawer', request, ctx), { opened: true as const }),
    reprintLast: async (request, ctx) => (record('reprintLast', request, ctx), { bodyHtml: '<article></article>', reprint: true, outcome: 'in_page', merchantUid: 'pos-1' }),
    authStatus: async (request, ctx) => (record('authStatus', request, ctx), authStatus),
    signIn: async (request, ctx) => (record('signIn', request, ctx), authStatus),
    signOut: async (request, ctx) => (record('signOut', request, ctx), authStatus),
    lockTill: async (request, ctx) => (record('lockTill', request, ctx), authStatus),
    touchSession: async (request, ctx) => (record('touchSession', request, ctx), authStatus),
    setIdleLock: async (request, ctx) => (record('setIdleLock', request, ctx), authStatus),
    listCashiers: async (request, ctx) => (record('listCashiers', request, ctx), [cashierView]),
    createCashier: async (request, ctx) => (record('createCashier', request, ctx), cashierView),
    updateCashier: async (request, ctx) => (record('updateCashier', request, ctx), cashierView),
    auditPage: async (request, ctx) => (record('auditPage', request, ctx), { entries: [], total: 0 }),
    verifyAudit: async (request, ctx) => (record('verifyAudit', request, ctx), { ok: true, checked: 0, brokenSeq: null, reason: null }),
    exportAudit: async (request, ctx) => (record('exportAudit', request, ctx), { fileName: 'audit.csv', csv: 'seq\r\n' }),
    dayStatus: async (request, ctx) => (record('dayStatus', request, ctx), { open: dayView, lastClosed: null }),
    openDay: async (request, ctx) => (record('openDay', request, ctx), dayView),
    previewClose: async (request, ctx) => (record('previewClose', request, ctx), closeReport),
    closeDay: async (request, ctx) => (record('closeDay', request, ctx), closeReport),
    listDays: async (request, ctx) => (record('listDays', request, ctx), [dayView]),
    dayReport: async (request, ctx) => (record('dayReport', request, ctx), closeReport),
    reconcileDay: async (request, ctx) => (record('reconcileDay', request, ctx), reconciliation),
    printDayReport: async (request, ctx) => (record('printDayReport', request, ctx), { outcome: 'saved', path: '/tmp/day.pdf', html: '<html></html>' }),
    searchCustomers: async (request, ctx) => (record('searchCustomers', request, ctx), [customerView]),
    getCustomer: async (request, ctx) => (record('getCustomer', request, ctx), { customer: customerView, payments: [paymentView] }),
    chargeAgain: async (request, ctx) => (
      record('chargeAgain', request, ctx),
      { charge: { merchantUid: 'pos-1', outcome: 'paid', reason: null, payment: paymentView }, customer: customerView }
    ),
    removeCard: async (request, ctx) => (record('removeCard', request, ctx), { customerUid: customerView.customerUid }),
    refreshCustomers: async (request, ctx) => (record('refreshCustomers', request, ctx), [customerView]),
    registerCard: async (request, ctx) => (record('registerCard', request, ctx), { outcome: 'rejected', message: 'refused', customer: null }),
    cardOnFileOptions: async (request, ctx) => (record('cardOnFileOptions', request, ctx), { registerWithoutCharge: { available: false } }),
    scheduleCharges: async (request, ctx) => (record('scheduleCharges', request, ctx), [scheduleView]),
    customerSchedules: async (request, ctx) => (record('customerSchedules', request, ctx), [scheduleView]),
    failedSchedules: async (request, ctx) => (record('failedSchedules', request, ctx), { lastPollAt: null, failed: [] }),
    cancelSchedule: async (request, ctx) => (record('cancelSchedule', request, ctx), scheduleView),
    cancelCustomerSchedules: async (request, ctx) => (record('cancelCustomerSchedules', request, ctx), [scheduleView]),
    changeScheduleTime: async (request, ctx) => (record('changeScheduleTime', request, ctx), scheduleView),
    retrySchedule: async (request, ctx) => (record('retrySchedule', request, ctx), scheduleView),
    rescheduleFailed: async (request, ctx) => (record('rescheduleFailed', request, ctx), scheduleView),
    stopSchedule: async (request, ctx) => (record('stopSchedule', request, ctx), scheduleView),
    pollSchedules: async (request, ctx) => (record('pollSchedules', request, ctx), { lastPollAt: null, failed: [] }),
    takeCash: async (request, ctx) => (record('takeCash', request, ctx), cashSale),
    refundCash: async (request, ctx) => (record('refundCash', request, ctx), cashSale),
    moveDrawerCash: async (request, ctx) => (record('moveDrawerCash', request, ctx), { kind: 'drop' as const, amount: 10000, at: 1 }),
    getCashSale: async (request, ctx) => (record('getCashSale', request, ctx), cashSale),
    issueCashReceipt: async (request, ctx) => (record('issueCashReceipt', request, ctx), { recipient: 'none' as const, receipt: null, daysLate: 0 }),
    cashReceiptsFor: async (request, ctx) => (record('cashReceiptsFor', request, ctx), [cashReceipt]),
    refreshCashReceipt: async (request, ctx) => (record('refreshCashReceipt', request, ctx), cashReceipt),
    cancelCashReceipt: async (request, ctx) => (record('cancelCashReceipt', request, ctx), cashReceipt),
    getCashReceiptSettings: async (request, ctx) => (record('getCashReceiptSettings', request, ctx), { mandatorySector: false, channelKey: '' }),
    saveCashReceiptSettings: async (request, ctx) => (record('saveCashReceiptSettings', request, ctx), { mandatorySector: true, channelKey: '' }),
    startWindowPayment: async (request, ctx) => (record('startWindowPayment', request, ctx), { merchantUid: 'pos-1', pageUrl: null }),
    windowPaymentState: async (request, ctx) => (record('windowPaymentState', request, ctx), windowState),
    closeWindowPayment: async (request, ctx) => (record('closeWindowPayment', request, ctx), windowState),
    catalog: async (request, ctx) => (record('catalog', request, ctx), { categories: [categoryView], products: [productView] }),
    searchProducts: async (request, ctx) => (record('searchProducts', request, ctx), [productView]),
    productByCode: async (request, ctx) => (record('productByCode', request, ctx), productView),
    saveProduct: async (request, ctx) => (record('saveProduct', request, ctx), productView),
    saveCategory: async (request, ctx) => (record('saveCategory', request, ctx), categoryView),
    deleteCategory: async (request, ctx) => (record('deleteCategory', request, ctx), { categoryId: categoryView.categoryId }),
    previewCatalogImport: async (request, ctx) => (record('previewCatalogImport', request, ctx), importPreview),
    confirmCatalogImport: async (request, ctx) => (record('confirmCatalogImport', request, ctx), { added: 0, updated: 0, unchanged: 0 }),
    exportCatalog: async (request, ctx) => (record('exportCatalog', request, ctx), { fileName: 'catalog.csv', csv: '\ufeffname\r\n' }),
    salesSettings: async (request, ctx) => (record('salesSettings', request, ctx), { discountLimitPercent: 20 }),
    saveSalesSettings: async (request, ctx) => (record('saveSalesSettings', request, ctx), { discountLimitPercent: request.discountLimitPercent }),
    priceCart: async (request, ctx) => (record('priceCart', request, ctx), { lines: [saleLine], totals, orderName: '아메리카노', approvalNeeded: false }),
    holdSale: async (request, ctx) => (record('holdSale', request, ctx), heldSale),
    listHeldSales: async (request, ctx) => (record('listHeldSales', request, ctx), [heldSale]),
    recallHeldSale: async (request, ctx) => (record('recallHeldSale', request, ctx), { saleId: heldSale.saleId, cart, label: '' }),
    deleteHeldSale: async (request, ctx) => (record('deleteHeldSale', request, ctx), { saleId: heldSale.saleId }),
    paySale: async (request, ctx) => (
      record('paySale', request, ctx), { sale: saleDetail, charge: { merchantUid: 'pos-1', outcome: 'paid', reason: null, payment: paymentView }, window: null, cash: null }
    ),
    getSale: async (request, ctx) => (record('getSale', request, ctx), saleDetail),
    saleByPayment: async (request, ctx) => (record('saleByPayment', request, ctx), saleDetail),
    recentSales: async (request, ctx) => (record('recentSales', request, ctx), [saleDetail.sale]),
    quoteSaleRefund: async (request, ctx) => (record('quoteSaleRefund', request, ctx), { sale: saleDetail, returnable: [{ lineId: 'l1', qty: 1, amount: 4500, taxFree: 0 }] }),
    refundSaleLines: async (request, ctx) => (
      record('refundSaleLines', request, ctx),
      { asked: { amount: 4500, taxFree: 0, vat: 409 }, refund: { outcome: 'refunded', reason: null, note: null, mismatch: null, quote: refundQuote }, sale: saleDetail }
    ),
    voidSale: async (request, ctx) => (record('voidSale', request, ctx), { refunds: [{ merchantUid: 'pos-1', tender: 'card', amount: 4500, outcome: 'refunded' }], sale: saleDetail }),
  };
  return { handlers, calls };
}

const productView: ProductView = {
  productId: 'prd-0123456789abcdef',
  name: '아메리카노',
  price: 4500,
  taxation: 'taxable',
  categoryId: 'cat-0123456789abcdef',
  barcodes: ['8801234567893'],
  shortCode: '101',
  openPrice: false,
  active: true,
  gridOrder: 0,
  updatedAt: 0,
};
const categoryView: CategoryView = { categoryId: 'cat-0123456789abcdef', name: '커피', colour: '#8b5a2b', order: 0 };
const totals = { gross: 4500, lineDiscounts: 0, saleDiscount: 0, discountTotal: 0, amount: 4500, taxFree: 0, supply: 4091, vat: 409, itemCount: 1 };
const saleLine = {
  lineId: 'l1',
  kind: 'product' as const,
  productId: productView.productId,
  categoryId: categoryView.categoryId,
  name: '아메리카노',
  taxation: 'taxable' as const,
  qty: 1,
  unitPrice: 4500,
  gross: 4500,
  discount: null,
  lineDiscount: 0,
  saleDiscountShare: 0,
  net: 4500,
  taxFree: 0,
  returnedQty: 0,
};
const saleDetail: SaleDetail = {
  sale: {
    saleId: 'sale-00000001',
    status: 'paid',
    orderName: '아메리카노',
    totals,
    saleDiscount: null,
    cashier: 'cashier',
    createdAt: 0,
    paidAt: 0,
    merchantUid: 'pos-1',
    refunded: 0,
    paid: 4500,
    remaining: 0,
  },
  lines: [saleLine],
  payments: [paymentView],
  parts: [
    { merchantUid: 'pos-1', tender: 'card', state: 'paid', amount: 4500, taxFree: 0, refunded: 0, given: null, change: null, at: 0, payment: paymentView, cashReceipt: null, lines: null },
  ],
};
const heldSale: HeldSaleView = { saleId: 'sale-00000002', label: '', cashier: 'cashier', heldAt: 0, itemCount: 1, amount: 4500, orderName: '아메리카노' };
const cart = { lines: [{ kind: 'product' as const, lineId: 'l1', productId: productView.productId, qty: 1, discount: null }], saleDiscount: null };
const importPreview = { previewId: 'p1', encoding: 'utf-8' as const, columns: [], rows: 0, added: 0, updated: 0, unchanged: 0, problems: [], sample: [] };

const refundQuote = { payment: paymentView, refundable: 0, taxFreeLeft: 0, vatLeft: 0, cancels: [], checking: false };

/** One valid request per method (the fuzz test also starts from these). */
export const validRequests: { [M in Method]: unknown } = {
  getSettings: undefined,
  saveSettings: {
    mode: 'test',
    lang: 'en',
    impCode: 'imp12345678',
    windowMid: 'settle_win',
    keyedMid: 'settle_key',
    storeName: 'Shop',
    businessNumber: '1234567890',
  },
  saveCredentials: { impKey: 'key', impSecret: 'secret', confirm: true },
  clearCredentials: { confirm: true },
  testConnection: { impKey: 'key', impSecret: 'secret' },
  chargeKeyed: {
    attemptId: 'attempt-0001',
    amount: 1100,
    taxFree: 0,
    orderName: '아메리카노',
    buyerName: '',
    buyerTel: '',
    cardNumber: '4111-1111-1111-1111',
    expiry: '2030-12',
    ownerType: 'personal',
    birth: '900101',
    pwd2digit: '12',
    cardQuota: 0,
  },
  recentPayments: { limit: 20 },
  getPayment: { merchantUid: 'pos-1' },
  refreshPayment: { merchantUid: 'pos-1' },
  refundQuote: { merchantUid: 'pos-1' },
  refund: { merchantUid: 'pos-1', amount: 1000, taxFree: 0, reason: '고객 요청', expectedRefundable: 1100 },
  searchPayments: { filter: { status: 'paid' }, limit: 50 },
  refreshFromPortOne: { merchantUid: 'pos-1' },
  receiptPreview: { merchantUid: 'pos-1', kind: 'sale' },
  printReceipt: { merchantUid: 'pos-1', kind: 'sale' },
  saveReceiptPdf: { merchantUid: 'pos-1', kind: 'refund' },
  getPrinterSettings: {},
  savePrinterSettings: { settings: DEFAULT_PRINTER_SETTINGS },
  testPrint: { settings: DEFAULT_PRINTER_SETTINGS },
  printDaySlip: { dayId: null },
  openDrawer: {},
  reprintLast: {},
  authStatus: undefined,
  signIn: { cashierId: 'c_0123456789ab', pin: '1234' },
  signOut: undefined,
  lockTill: undefined,
  touchSession: undefined,
  setIdleLock: { seconds: 300 },
  listCashiers: undefined,
  createCashier: { name: '김점장', role: 'manager', pin: MANAGER_PIN },
  updateCashier: { id: 'c_0123456789ab', active: false },
  auditPage: { beforeSeq: null, limit: 50 },
  verifyAudit: {},
  exportAudit: {},
  dayStatus: undefined,
  openDay: { floatAmount: 100000 },
  previewClose: undefined,
  closeDay: { countedCash: null },
  listDays: { limit: 10 },
  dayReport: { dayId: 1 },
  reconcileDay: {},
  printDayReport: { dayId: 1, output: 'pdf' },
  searchCustomers: { query: '홍길', limit: 50 },
  getCustomer: { customerUid: 'cu_0123456789abcdef01234567' },
  chargeAgain: { attemptId: 'attempt-0002', customerUid: 'cu_0123456789abcdef01234567', amount: 1100, taxFree: 0, orderName: '원두', cardQuota: 0 },
  removeCard: { customerUid: 'cu_0123456789abcdef01234567', confirm: true },
  refreshCustomers: { customerUids: ['cu_0123456789abcdef01234567'] },
  registerCard: {
    consent: true,
    name: '홍길동',
    phone: '010-1234-5678',
    memo: '',
    cardNumber: '4111-1111-1111-1111',
    expiry: '2030-12',
    ownerType: 'personal',
    birth: '900101',
    pwd2digit: '12',
  },
  cardOnFileOptions: undefined,
  scheduleCharges: { customerUid: 'cu_0123456789abcdef01234567', start: '2030-01-05', time: '10:00', repeat: { kind: 'monthly', dayOfMonth: 5, times: 3 }, amount: 30000, taxFree: 0, orderName: '꽃배달' },
  customerSchedules: { customerUid: 'cu_0123456789abcdef01234567' },
  failedSchedules: undefined,
  cancelSchedule: { merchantUid: 'pos-20300105-0123456789ab' },
  cancelCustomerSchedules: { customerUid: 'cu_0123456789abcdef01234567' },
  changeScheduleTime: { merchantUid: 'pos-20300105-0123456789ab', date: '2030-01-06', time: '11:00' },
  retrySchedule: { merchantUid: 'pos-20300105-0123456789ab' },
  rescheduleFailed: { merchantUid: 'pos-20300105-0123456789ab', date: '2030-01-06', time: '11:00' },
  stopSchedule: { merchantUid: 'pos-20300105-0123456789ab' },
  pollSchedules: undefined,
  takeCash: { attemptId: 'attempt-0001', amount: 10000, taxFree: 0, given: 50000, orderName: '아메리카노' },
  refundCash: { merchantUid: 'pos-20300105-0123456789ab', amount: 1000, reason: '반품' },
  moveDrawerCash: { kind: 'drop', amount: 10000, reason: '금고 입금' },
  getCashSale: { merchantUid: 'pos-20300105-0123456789ab' },
  issueCashReceipt: { cashUid: 'pos-20300105-0123456789ab', buyer: { identifierType: 'phone', identifier: '010-1234-5678' } },
  cashReceiptsFor: { cashUid: 'pos-20300105-0123456789ab' },
  refreshCashReceipt: { merchantUid: 'pos-20300105-0123456789ab' },
  cancelCashReceipt: { merchantUid: 'pos-20300105-0123456789ab' },
  getCashReceiptSettings: undefined,
  saveCashReceiptSettings: { mandatorySector: true, channelKey: '' },
  startWindowPayment: {
    saleId: 'sale-0001',
    amount: 4500,
    taxFree: 0,
    orderName: '카페라떼',
    buyerName: '홍길동',
    buyerTel: '010-1234-5678',
    buyerEmail: '',
    payMethod: 'card',
    company: '',
    companyEn: '',
  },
  windowPaymentState: { merchantUid: 'pos-1' },
  closeWindowPayment: { merchantUid: 'pos-1' },
  catalog: { includeInactive: false },
  searchProducts: { query: 'ㅇㅁㄹ', limit: 20 },
  productByCode: { code: '8801234567893' },
  saveProduct: {
    name: '아메리카노',
    price: 4500,
    taxation: 'taxable',
    categoryId: 'cat-0123456789abcdef',
    barcodes: ['8801234567893'],
    shortCode: '101',
    openPrice: false,
    active: true,
    gridOrder: 0,
  },
  saveCategory: { name: '커피', colour: '#8b5a2b', order: 0 },
  deleteCategory: { categoryId: 'cat-0123456789abcdef' },
  previewCatalogImport: { fileName: 'catalog.csv', contentBase64: '' },
  confirmCatalogImport: { previewId: 'p1' },
  exportCatalog: undefined,
  salesSettings: undefined,
  saveSalesSettings: { discountLimitPercent: 20 },
  priceCart: { cart },
  holdSale: { saleId: 'sale-00000002', cart, label: '창가' },
  listHeldSales: undefined,
  recallHeldSale: { saleId: 'sale-00000002' },
  deleteHeldSale: { saleId: 'sale-00000002' },
  paySale: { saleId: 'sale-00000001', cart, expectedAmount: 4500, tender: { kind: 'card_on_file', customerUid: 'cu_0123456789abcdef01234567', cardQuota: 0 } },
  getSale: { saleId: 'sale-00000001' },
  saleByPayment: { merchantUid: 'pos-1' },
  recentSales: { limit: 20 },
  quoteSaleRefund: { saleId: 'sale-00000001' },
  refundSaleLines: { saleId: 'sale-00000001', lines: [{ lineId: 'l1', qty: 1 }], reason: '고객 요청' },
  voidSale: { saleId: 'sale-00000001', reason: '고객 요청', amount: 4_500 },
};
