/**
 * Customer search (name, phone, card last 4) with 100k customers on file, against an indexed
 * exact lookup by customer_uid in the same run. Names are drawn from common Korean family and
 * given-name syllables, so a 2-character prefix matches hundreds of customers, like a real shop.
 */
import { CustomerStore } from '../../main/customers/customer-store';
import { Ledger, type Intent } from '../../main/ledger/ledger';
import { benchDir } from '../lib/temp';
import { intent as ledgerIntent } from './ledger-scale';
import { measureInterleaved } from '../lib/measure';
import { row, type Figure } from '../lib/types';

const SIZE = 100_000;
const RUNS = { iterations: 600, warmupIterations: 20, rounds: 6 };
const FAMILY = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황'];
const GIVEN = ['민', '서', '지', '현', '준', '우', '예', '은', '도', '하', '수', '윤', '재', '영', '진', '호', '유', '성', '아', '원'];

/** Deterministic pseudo-random (the same customers every run). */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const digits = (r: () => number, n: number): string => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const uid = (i: number) => `cu_${i.toString(16).padStart(24, '0')}`;

/** The bulk fill's payment (ledger-scale), as a plain 10 000 won sale without a card or attempt. */
function intent(i: number): Intent {
  return { ...ledgerIntent(i, 'bench'), attemptId: null, amount: 10_000, orderName: 'Bench', cardNumberMasked: null };
}

export const figure: Figure = async () => {
  const dir = benchDir();
  const ledger = new Ledger({ dataDir: dir.path });
  try {
    const store = new CustomerStore(ledger.database);
    const r = rng(42);
    const sample = { name: '', phone: '', last4: '' };
    const started = performance.now();
    ledger.batch(() => {
      for (let i = 0; i < SIZE; i++) {
        const base = intent(i);
        ledger.insertIntent(base);
        ledger.settle(base.merchantUid, { status: 'paid', impUid: `imp_${i}`, cardName: 'BC카드', cardNumberMasked: null, cardQuota: 0, applyNum: null, receiptUrl: null, failReason: null, reasonCode: null, cancelAmount: 0, sandbox: true, portoneStatus: 'paid', portoneAmount: base.amount }, base.at, { type: 'outcome', note: { code: 'paid', params: { impUid: `imp_${i}`, amount: base.amount } } });
        const name = pick(r, FAMILY) + pick(r, GIVEN) + pick(r, GIVEN);
        const phone = `010-${digits(r, 4)}-${digits(r, 4)}`;
        const last4 = digits(r, 4);
        if (i === SIZE / 2) Object.assign(sample, { name, phone, last4 });
        store.insert({
          customerUid: uid(i),
          name,
          phone,
          memo: '',
          cardNumberMasked: `5365-10**-****-${last4}`,
          pgId: 'nxca_jt_bi',
          apiEnv: 'bench',
          issuingMerchantUid: base.merchantUid,
          consentAt: base.at,
          consentBy: 'bench',
        });
      }
    });
    const fillMs = performance.now() - started;
    const probe = () => uid(Math.floor(Math.random() * SIZE));
    const lat = await measureInterleaved(
      {
        exact: () => store.get(probe()),
        namePrefix: () => store.search(sample.name.slice(0, 2), 50),
        nameInside: () => store.search(sample.name.slice(1), 50),
        nameNowhere: () => store.search('없음', 50),
        nameFull: () => store.search(sample.name, 50),
        phoneLast4: () => store.search(sample.phone.slice(-4), 50),
        phoneFull: () => store.search(sample.phone, 50),
        cardLast4: () => store.search(sample.last4, 50),
      },
      RUNS,
    );
    const base = lat.exact?.p50 ?? null;
    const line = (name: keyof typeof lat, label: string, note: string) => {
      const l = lat[name];
      if (!l) throw new Error(`${name}: not measured`);
      return row({ figure: `customer search @ 100k: ${label}`, value: l.p50, unit: 'ms', baseline: base, p50: l.p50, p95: l.p95, note });
    };
    return [
      row({ figure: 'customers bulk fill 100k', value: fillMs / 1000, unit: 's', note: 'payments + customers + trigram index, one transaction' }),
      line('exact', 'get by customer_uid', 'baseline: indexed exact lookup'),
      line('namePrefix', 'name, 2-char prefix', 'b-tree range; up to 50 of the many matches'),
      line('nameInside', 'name, 2 chars inside (given name)', 'too short for trigrams: scan until 50 found'),
      line('nameNowhere', 'name, 2 chars found nowhere', 'worst case: the scan reads every customer'),
      line('nameFull', 'full name', 'trigram FTS + prefix'),
      line('phoneLast4', 'phone last 4', 'trigram FTS on phone digits + last-4 index'),
      line('phoneFull', 'full phone', 'prefix + trigram'),
      line('cardLast4', 'card last 4', 'last-4 index (+ phone substring)'),
    ];
  } finally {
    ledger.close();
    dir.cleanup();
  }
};
