import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { JournalEntry } from './model';
import type { CustomerRecord, PaymentRecord, Prepared, ReceiptRecord } from './model';
import type { ScheduleRecord } from './schedule-model';

/**
 * In-memory state of the sandbox, optionally backed by an append-only JSONL journal: one line per
 * change, written synchronously (so a charge that was answered survives a kill of the process),
 * replayed on start. Replaying compacts the file when it holds mostly superseded lines.
 */
export class Store {
  private readonly payments = new Map<string, PaymentRecord>();
  private readonly byMerchant = new Map<string, PaymentRecord[]>();
  private readonly customers = new Map<string, CustomerRecord>();
  private readonly prepared = new Map<string, Prepared>();
  /** Cash receipts by `${kind}:${id}`. */
  private readonly receipts = new Map<string, ReceiptRecord>();
  private readonly schedules = new Map<string, ScheduleRecord>();
  private fd: number | null = null;
  private nextSeq = 1;

  private constructor(private readonly file: string | null) {}

  static open(file: string | null | undefined): Store {
    const store = new Store(file ?? null);
    if (store.file !== null) store.load(store.file);
    return store;
  }

  private load(file: string): void {
    mkdirSync(dirname(file), { recursive: true });
    let lines = 0;
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        lines++;
        // A line torn by a kill mid-write (or edited by hand) is skipped, not fatal.
        let raw: unknown;
        try {
          raw = JSON.parse(line);
        } catch {
          continue;
        }
        const parsed = JournalEntry.safeParse(raw);
        if (parsed.success) this.apply(parsed.data);
      }
    }
    const live = this.payments.size + this.customers.size + this.prepared.size + this.receipts.size + this.schedules.size;
    if (lines > 2 * live + 100) this.compact(file);
    this.fd = openSync(file, 'a', 0o600);
  }

  private compact(file: string): void {
    const tmp = `${file}.tmp`;
    const out: string[] = [];
    for (const r of [...this.payments.values()].sort((a, b) => a.seq - b.seq)) out.push(JSON.stringify({ k: 'pay', r }));
    for (const r of this.customers.values()) out.push(JSON.stringify({ k: 'cus', r }));
    for (const r of this.prepared.values()) out.push(JSON.stringify({ k: 'prep', r }));
    for (const r of this.receipts.values()) out.push(JSON.stringify({ k: 'rcpt', r }));
    for (const r of this.schedules.values()) out.push(JSON.stringify({ k: 'sch', r }));
    writeFileSync(tmp, out.length ? out.join('\n') + '\n' : '', { mode: 0o600 });
    renameSync(tmp, file);
  }

  private apply(e: JournalEntry): void {
    switch (e.k) {
      case 'pay':
        this.index(e.r);
        break;
      case 'cus':
        this.customers.set(e.r.customer.customer_uid, e.r);
        break;
      case 'cus-del':
        this.customers.delete(e.uid);
        break;
      case 'prep':
        this.prepared.set(e.r.merchant_uid, e.r);
        break;
      case 'rcpt':
        this.receipts.set(receiptKey(e.r.kind, e.r.id), e.r);
        break;
      case 'sch':
        this.schedules.set(e.r.merchant_uid, e.r);
        if (e.r.seq >= this.nextSeq) this.nextSeq = e.r.seq + 1;
        break;
    }
  }

  private index(r: PaymentRecord): void {
    const prev = this.payments.get(r.payment.imp_uid);
    this.payments.set(r.payment.imp_uid, r);
    const list = this.byMerchant.get(r.payment.merchant_uid);
    if (!list) this.byMerchant.set(r.payment.merchant_uid, [r]);
    else if (prev) list[list.indexOf(prev)] = r;
    else list.push(r);
    if (r.seq >= this.nextSeq) this.nextSeq = r.seq + 1;
  }

  private write(e: JournalEntry): void {
    if (this.fd !== null) writeSync(this.fd, JSON.stringify(e) + '\n');
  }

  seq(): number {
    return this.nextSeq++;
  }

  savePayment(r: PaymentRecord): void {
    this.index(r);
    this.write({ k: 'pay', r });
  }

  payment(impUid: string): PaymentRecord | undefined {
    return this.payments.get(impUid);
  }

  hasImpUid(impUid: string): boolean {
    return this.payments.has(impUid);
  }

  /** Every payment with this merchant_uid, oldest first. */
  byMerchantUid(merchantUid: string): readonly PaymentRecord[] {
    return this.byMerchant.get(merchantUid) ?? [];
  }

  allPayments(): IterableIterator<PaymentRecord> {
    return this.payments.values();
  }

  saveCustomer(r: CustomerRecord): void {
    this.customers.set(r.customer.customer_uid, r);
    this.write({ k: 'cus', r });
  }

  customer(uid: string): CustomerRecord | undefined {
    return this.customers.get(uid);
  }

  deleteCustomer(uid: string): void {
    this.customers.delete(uid);
    this.write({ k: 'cus-del', uid });
  }

  savePrepared(p: Prepared): void {
    this.prepared.set(p.merchant_uid, p);
    this.write({ k: 'prep', r: p });
  }

  prepare(merchantUid: string): Prepared | undefined {
    return this.prepared.get(merchantUid);
  }

  saveReceipt(r: ReceiptRecord): void {
    this.receipts.set(receiptKey(r.kind, r.id), r);
    this.write({ k: 'rcpt', r });
  }

  receipt(kind: ReceiptRecord['kind'], id: string): ReceiptRecord | undefined {
    return this.receipts.get(receiptKey(kind, id));
  }

  allReceipts(): IterableIterator<ReceiptRecord> {
    return this.receipts.values();
  }

  saveSchedule(r: ScheduleRecord): void {
    this.schedules.set(r.merchant_uid, r);
    this.write({ k: 'sch', r });
  }

  schedule(merchantUid: string): ScheduleRecord | undefined {
    return this.schedules.get(merchantUid);
  }

  allSchedules(): IterableIterator<ScheduleRecord> {
    return this.schedules.values();
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

const receiptKey = (kind: ReceiptRecord['kind'], id: string) => `${kind}:${id}`;
