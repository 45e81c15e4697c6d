import type { Messages } from '../i18n';
import type { customersReasons } from '../../../contract/customers';

type Key =
  | 'nav'
  | 'title'
  | 'search'
  | 'searchHint'
  | 'refresh'
  | 'refreshing'
  | 'refreshed'
  | 'registerOnly'
  | 'registerOnlyReason'
  | 'empty'
  | 'col.name'
  | 'col.phone'
  | 'col.card'
  | 'col.state'
  | 'state.pending'
  | 'state.active'
  | 'state.missing'
  | 'state.removed'
  | 'detail'
  | 'back'
  | 'memo'
  | 'cardName'
  | 'pgId'
  | 'issuedAt'
  | 'consent'
  | 'consentText'
  | 'checkedAt'
  | 'missingNotice'
  | 'noKey'
  | 'payments'
  | 'noPayments'
  | 'pay.time'
  | 'pay.kind'
  | 'pay.keyed'
  | 'pay.billing'
  | 'pay.scheduled'
  | 'again'
  | 'again.amount'
  | 'again.taxFree'
  | 'again.orderName'
  | 'again.quota'
  | 'again.quotaLump'
  | 'again.quotaMonths'
  | 'again.quotaHint'
  | 'again.submit'
  | 'again.confirm'
  | 'again.confirmButton'
  | 'again.sending'
  | 'again.paid'
  | 'again.notPaid'
  | 'again.checking'
  | 'err.amount'
  | 'err.taxFree'
  | 'err.orderName'
  | 'remove'
  | 'remove.confirm'
  | 'remove.confirmButton'
  | 'remove.done'
  | 'save.title'
  | 'save.consent'
  | 'save.memo'
  | 'save.nameNeeded'
  | 'save.note'
  | 'save.replacing'
  | 'replace'
  | 'setting.billingKeyOnly'
  | 'setting.billingKeyOnlyHint'
  | 'register.title'
  | 'register.customer'
  | 'register.name'
  | 'register.phone'
  | 'register.consent'
  | 'register.submit'
  | 'register.sending'
  | 'register.cancel'
  | 'register.done'
  | 'register.pending'
  | 'register.rejected'
  | 'err.name'
  | 'err.phone'
  | 'err.consent';

/** Card on file: the customers screen and the "save this card" block of the charge screen. */
export const customerMessages: Messages<Key> = {
  ko: {
    nav: '고객',
    title: '등록 카드 고객',
    search: '고객 검색',
    searchHint: '이름, 전화번호 또는 카드 끝 4자리',
    refresh: '포트원에서 새로고침',
    refreshing: '포트원에 확인하는 중…',
    refreshed: '포트원 확인을 마쳤습니다',
    registerOnly: '결제 없이 카드 등록',
    registerOnlyReason: '헥토파이낸셜은 별도 계약이 있어야 결제 없이 카드를 등록할 수 있습니다. 첫 결제 때 "카드 저장"을 사용하세요.',
    empty: '찾는 고객이 없습니다',
    'col.name': '이름',
    'col.phone': '전화번호',
    'col.card': '카드',
    'col.state': '상태',
    'state.pending': '첫 결제 확인 중',
    'state.active': '사용 가능',
    'state.missing': '포트원에 없음',
    'state.removed': '카드 삭제됨',
    detail: '고객 상세',
    back: '목록으로',
    memo: '메모',
    cardName: '카드사',
    pgId: '발급 MID',
    issuedAt: '등록일',
    consent: '저장 동의',
    consentText: '{at} · {by}',
    checkedAt: '마지막 포트원 확인',
    noKey: '포트원에 이 카드(빌링키)가 없습니다. 결제되지 않았습니다.',
    missingNotice: '포트원에 이 카드(빌링키)가 없습니다. 이 카드로는 결제할 수 없습니다. 카드 정보를 다시 받아 저장하세요.',
    payments: '이 카드로 한 결제',
    noPayments: '결제 내역이 없습니다',
    'pay.time': '일시',
    'pay.kind': '방식',
    'pay.keyed': '수기 결제(등록)',
    'pay.billing': '재결제',
    'pay.scheduled': '예약결제',
    again: '다시 결제',
    'again.amount': '재결제 금액',
    'again.taxFree': '재결제 면세 금액',
    'again.orderName': '재결제 주문명',
    'again.quota': '재결제 할부',
    'again.quotaLump': '일시불',
    'again.quotaMonths': '{n}개월',
    'again.quotaHint': '할부는 5만원부터 가능합니다',
    'again.submit': '등록 카드로 결제',
    'again.confirm': '{name} 님의 등록 카드 {card}로 {amount}을 결제합니다. 금액이 맞습니까?',
    'again.confirmButton': '{amount} 결제',
    'again.sending': '결제 중…',
    'again.paid': '승인되었습니다 · {amount}',
    'again.notPaid': '결제되지 않았습니다: {reason}',
    'again.checking': '카드사 결과를 확인하는 중입니다. 다시 결제하지 마세요.',
    'err.amount': '금액을 입력하세요',
    'err.taxFree': '면세 금액은 결제 금액보다 클 수 없습니다',
    'err.orderName': '주문명을 입력하세요',
    remove: '카드 삭제',
    'remove.confirm': '{name} 고객의 카드({card})를 포트원과 이 단말기에서 삭제할까요? 되돌릴 수 없습니다. 고객 정보와 결제 내역은 남습니다.',
    'remove.confirmButton': '삭제',
    'remove.done': '카드를 삭제했습니다',
    'save.title': '카드 저장',
    'save.consent': '다음 결제를 위해 이 카드 저장 (고객 동의함)',
    'save.memo': '고객 메모',
    'save.nameNeeded': '카드를 저장하려면 구매자 이름을 입력하세요',
    'save.replacing': '{name} 고객의 카드({card})를 새 카드로 바꿉니다. 승인되면 이전 카드는 포트원에서 삭제됩니다.',
    replace: '카드 교체',
    'save.note': '구매자 이름과 전화번호로 저장됩니다. 카드 번호는 저장되지 않고 포트원이 보관합니다.',
    'setting.billingKeyOnly': '헥토 빌링키 단독 발급 계약',
    'setting.billingKeyOnlyHint': '결제 없이 카드를 등록하는 별도 계약을 헥토파이낸셜과 맺은 경우에만 켜세요.',
    'register.title': '결제 없이 카드 등록',
    'register.customer': '고객',
    'register.name': '고객 이름',
    'register.phone': '고객 전화번호',
    'register.consent': '고객이 다음 결제를 위해 카드 보관에 동의했습니다',
    'register.submit': '카드 등록',
    'register.sending': '포트원에 등록하는 중…',
    'register.cancel': '취소',
    'register.done': '{name} 고객의 카드를 등록했습니다',
    'register.pending': '포트원이 응답하지 않았습니다. 포트원이 확인하면 카드가 표시됩니다. 1분 뒤 "포트원에서 새로고침"을 누르세요.',
    'register.rejected': '등록되지 않음: {reason}',
    'err.name': '고객 이름을 입력하세요 (16자 이내)',
    'err.phone': '전화번호 예: 010-1234-5678',
    'err.consent': '카드를 등록하려면 고객의 동의가 필요합니다',
  },
  en: {
    nav: 'Customers',
    title: 'Customers with a saved card',
    search: 'Search customers',
    searchHint: 'Name, phone number or last 4 card digits',
    refresh: 'Refresh from PortOne',
    refreshing: 'Checking with PortOne…',
    refreshed: 'Checked with PortOne',
    registerOnly: 'Register a card without charging',
    registerOnlyReason: 'Hecto needs a separate contract to register a card without a charge. Use "save this card" with the first charge.',
    empty: 'No customers found',
    'col.name': 'Name',
    'col.phone': 'Phone',
    'col.card': 'Card',
    'col.state': 'State',
    'state.pending': 'First charge being checked',
    'state.active': 'Ready',
    'state.missing': 'Not at PortOne',
    'state.removed': 'Card removed',
    detail: 'Customer detail',
    back: 'Back to the list',
    memo: 'Memo',
    cardName: 'Card company',
    pgId: 'Issuing MID',
    issuedAt: 'Saved on',
    consent: 'Consent',
    consentText: '{at} · {by}',
    checkedAt: 'Last checked with PortOne',
    noKey: 'PortOne no longer has this card (billing key). Nothing was charged.',
    missingNotice: 'PortOne no longer has this card (billing key). It cannot be charged. Take the card details again to save it anew.',
    payments: 'Payments with this card',
    noPayments: 'No payments yet',
    'pay.time': 'Time',
    'pay.kind': 'How',
    'pay.keyed': 'Keyed (saved)',
    'pay.billing': 'Charged again',
    'pay.scheduled': 'Scheduled',
    again: 'Charge again',
    'again.amount': 'Amount to charge',
    'again.taxFree': 'Tax-free part to charge',
    'again.orderName': 'Order name to charge',
    'again.quota': 'Installments to charge',
    'again.quotaLump': 'Lump sum',
    'again.quotaMonths': '{n} months',
    'again.quotaHint': 'Installments are possible from ₩50,000',
    'again.submit': 'Charge saved card',
    'again.confirm': "Charge {amount} to {name}'s saved card {card}? Check the amount.",
    'again.confirmButton': 'Charge {amount}',
    'again.sending': 'Charging…',
    'again.paid': 'Approved · {amount}',
    'again.notPaid': 'Not charged: {reason}',
    'again.checking': 'Checking the result with the card company. Do not charge again.',
    'err.amount': 'Enter the amount',
    'err.taxFree': 'The tax-free part cannot be more than the amount',
    'err.orderName': 'Enter the order name',
    remove: 'Remove card',
    'remove.confirm': 'Remove the card ({card}) of {name} at PortOne and on this till? This cannot be undone. The customer and their payments stay.',
    'remove.confirmButton': 'Remove',
    'remove.done': 'The card was removed',
    'save.title': 'Save card',
    'save.consent': 'Save this card for next time (the customer agreed)',
    'save.memo': 'Customer memo',
    'save.nameNeeded': 'Enter the buyer name to save the card',
    'save.replacing': 'Replacing the card ({card}) of {name}. Once approved, the old card is deleted at PortOne.',
    replace: 'Replace card',
    'save.note': 'Saved under the buyer name and phone. The card number is not kept here; PortOne holds it.',
    'setting.billingKeyOnly': 'Hecto billing-key-only contract',
    'setting.billingKeyOnlyHint': 'Turn on only if Hecto has confirmed the separate contract for registering a card without a charge.',
    'register.title': 'Register a card without charging',
    'register.customer': 'Customer',
    'register.name': 'Customer name',
    'register.phone': 'Customer phone',
    'register.consent': 'The customer agreed to keep this card for later charges',
    'register.submit': 'Register card',
    'register.sending': 'Registering at PortOne…',
    'register.cancel': 'Cancel',
    'register.done': 'The card of {name} is registered',
    'register.pending': 'PortOne did not answer. The card shows once PortOne confirms it: use "refresh from PortOne" in a minute.',
    'register.rejected': 'Not registered: {reason}',
    'err.name': 'Enter the customer name (up to 16 characters)',
    'err.phone': 'Phone: e.g. 010-1234-5678',
    'err.consent': 'The customer must agree before the card is registered',
  },
};

export const customersReasonMessages: Messages<(typeof customersReasons)[number]> = {
  ko: {
    'customers.not_contracted': '결제 없이 카드를 등록하려면 헥토와 별도 계약이 필요합니다. 첫 결제와 함께 카드를 저장하세요.',
    'customers.replaced_card_gone': '바꾸려던 카드가 이미 등록 목록에 없습니다.',
    'customers.first_charge_checking_remove': '이 카드의 첫 결제를 아직 확인 중입니다. 결과가 나온 뒤 카드를 삭제하세요.',
    'customers.first_charge_checking_charge': '이 카드의 첫 결제를 아직 확인 중입니다. 결과가 나온 뒤 다시 결제하세요.',
    'customers.delete_credentials_rejected': '포트원이 API 키/시크릿을 거부했습니다. 카드는 그대로 등록되어 있습니다.',
    'customers.delete_refused': '포트원이 카드 삭제를 거부했습니다: {detail}. 카드는 그대로 등록되어 있습니다.',
    'customers.delete_unreachable': '포트원에 연결하지 못했습니다. 카드는 그대로 등록되어 있습니다. 다시 시도하세요.',
    'customers.customer_not_found': '이 카드가 등록된 고객이 없습니다.',
    'customers.other_account': '이 카드는 다른 포트원 계정이나 모드에서 저장되었습니다. 설정에서 그 계정으로 바꾸세요.',
    'customers.no_billing_key': '이 카드는 포트원에 더 이상 등록되어 있지 않습니다(빌링키 삭제됨). 결제되지 않았습니다. 카드 정보를 다시 받아 새로 저장하세요.',
    'customers.replaces_other_customer': '교체할 카드가 다른 고객의 카드입니다. 이름과 전화번호가 같은 고객의 카드만 교체할 수 있습니다.',
    'customers.card_removed': '이 고객의 카드는 삭제되었습니다. 결제하려면 새 카드를 먼저 저장하세요.',
  },
  en: {
    'customers.not_contracted': 'Hecto needs a separate contract for this; save the card with a first charge instead.',
    'customers.replaced_card_gone': 'The card to replace is no longer on file.',
    'customers.first_charge_checking_remove': 'The first charge of this card is still being checked. Remove the card once it is known.',
    'customers.first_charge_checking_charge': 'The first charge of this card is still being checked. Try again once it is known.',
    'customers.delete_credentials_rejected': 'PortOne did not accept the API key or secret. The card is still on file.',
    'customers.delete_refused': 'PortOne refused to delete the card: {detail}. The card is still on file.',
    'customers.delete_unreachable': 'PortOne could not be reached. The card is still on file; try again.',
    'customers.customer_not_found': 'No customer with this card on file.',
    'customers.other_account': 'This card was saved with another PortOne account or mode. Switch back to it in settings.',
    'customers.no_billing_key': 'This card is no longer on file at PortOne (its billing key was deleted). Nothing was charged. Take the card details again to save it anew.',
    'customers.replaces_other_customer': "The card to replace is another customer's. Only a card with the same name and phone can be replaced.",
    'customers.card_removed': "This customer's card was removed. Save a new card for them before charging.",
  },
};
