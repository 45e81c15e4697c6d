import type { genericReasons, hostReasons, ipcReasons, ValidationRule } from '../../../contract/reasons';
import type { Messages } from '../i18n';

type KernelReason = (typeof ipcReasons)[number] | (typeof hostReasons)[number] | (typeof genericReasons)[number];

/** The router's and the transport's refusals, and the fallback sentence for each error code. */
export const kernelReasonMessages: Messages<KernelReason> = {
  ko: {
    'ipc.caller_refused': '이 화면에서는 POS 기능을 쓸 수 없습니다.',
    'ipc.unknown_call': 'POS가 알지 못하는 요청입니다. 앱을 다시 시작하세요.',
    'ipc.invalid_input': '{field}: {rule}',
    'host.forbidden': '이 브라우저 창은 POS에 연결할 수 없습니다. POS가 연 주소로 다시 여세요.',
    'host.unreachable': 'POS에 연결하지 못했습니다. POS가 실행 중인지 확인하세요.',
    'generic.invalid_input': '입력 내용이 올바르지 않습니다. 표시된 항목을 확인하세요.',
    'generic.forbidden': '허용되지 않은 요청입니다.',
    'generic.not_found': '찾을 수 없습니다.',
    'generic.conflict': '다른 작업과 겹쳐 처리하지 못했습니다. 화면을 새로 고친 뒤 다시 시도하세요.',
    'generic.portone_rejected': '포트원이 요청을 거부했습니다.',
    'generic.unavailable': '지금은 처리할 수 없습니다. 잠시 뒤 다시 시도하세요.',
    'generic.internal': '앱 내부 오류가 발생했습니다. 다시 시도하세요.',
  },
  en: {
    'ipc.caller_refused': 'This screen may not use the POS.',
    'ipc.unknown_call': 'The POS does not know this request. Restart the app.',
    'ipc.invalid_input': '{field}: {rule}',
    'host.forbidden': 'This browser window may not talk to the POS. Open it again from the address the POS printed.',
    'host.unreachable': 'The POS could not be reached. Check that it is running.',
    'generic.invalid_input': 'Something entered is not valid. Check the marked fields.',
    'generic.forbidden': 'This request is not allowed.',
    'generic.not_found': 'Not found.',
    'generic.conflict': 'This clashed with another action. Reload the screen and try again.',
    'generic.portone_rejected': 'PortOne refused the request.',
    'generic.unavailable': 'This cannot be done right now. Try again in a moment.',
    'generic.internal': 'Something went wrong in the POS. Please try again.',
  },
};

/** What a field failed (the `rule` of `ipc.invalid_input`), `{limit}` filled from the error. */
export const ruleMessages: Messages<ValidationRule> = {
  ko: {
    required: '입력하세요',
    type: '형식이 맞지 않습니다',
    min: '{limit} 이상이어야 합니다',
    max: '{limit} 이하여야 합니다',
    min_length: '{limit}자 이상 입력하세요',
    max_length: '{limit}자 이하로 입력하세요',
    format: '형식이 올바르지 않습니다',
    unknown_keys: 'POS가 받지 않는 항목이 있습니다',
    choice: '허용된 값 중에서 고르세요',
    invalid: '올바르지 않습니다',
  },
  en: {
    required: 'enter it',
    type: 'not the right kind of value',
    min: 'must be at least {limit}',
    max: 'must be at most {limit}',
    min_length: 'at least {limit} characters',
    max_length: 'at most {limit} characters',
    format: 'not in the right format',
    unknown_keys: 'has items the POS does not accept',
    choice: 'pick one of the offered values',
    invalid: 'not valid',
  },
};

/**
 * The cashier's name for each request field the contract declares (the last segment of a path:
 * `saveCard.name` → `name`). A test checks every contract field has one in both languages.
 */
export const fieldLabels: Messages<FieldName> = {
  ko: {
    request: '요청',
    session: '로그인',
    active: '사용 여부',
    amount: '결제 금액',
    approval: '승인',
    cashierId: '담당자',
    pin: 'PIN',
    attemptId: '판매 번호',
    beforeSeq: '기록 위치',
    birth: '생년월일/사업자등록번호',
    businessNumber: '사업자등록번호',
    buyerEmail: '구매자 이메일',
    buyerName: '구매자 이름',
    buyerTel: '구매자 전화번호',
    cardNumber: '카드 번호',
    cardQuota: '할부',
    company: '상호',
    companyEn: '영문 상호',
    confirm: '확인',
    consent: '고객 동의',
    countedCash: '세어 본 현금',
    cursor: '페이지',
    customerUid: '고객',
    customerUids: '고객',
    dayId: '영업일',
    expectedRefundable: '환불 가능 금액',
    expiry: '유효기간',
    filter: '검색 조건',
    amountMax: '최대 금액',
    amountMin: '최소 금액',
    cashier: '담당자',
    customer: '고객 이름',
    from: '시작 날짜',
    to: '끝 날짜',
    id: '번호',
    kind: '종류',
    last4: '카드 끝 4자리',
    status: '상태',
    floatAmount: '시작 현금',
    hectoBillingKeyOnly: '결제 없는 카드 등록',
    impCode: '가맹점 식별코드',
    impKey: 'REST API 키',
    impSecret: 'REST API 시크릿',
    keyedMid: '수기 결제 MID',
    windowMid: '인증 결제창 MID',
    lang: '언어',
    limit: '개수',
    memo: '메모',
    merchantUid: '주문번호',
    mode: '결제 모드',
    name: '이름',
    orderName: '주문명',
    output: '출력 방식',
    ownerType: '카드 구분',
    payMethod: '결제 수단',
    phone: '전화번호',
    pwd2digit: '비밀번호 앞 2자리',
    query: '검색어',
    reason: '사유',
    replaces: '바꿀 카드',
    role: '역할',
    saleId: '판매 번호',
    saveCard: '카드 저장',
    seconds: '잠금 시간',
    storeName: '상호',
    taxFree: '면세 금액',
    start: '시작일',
    time: '시각',
    repeat: '반복',
    dayOfMonth: '매월 결제일',
    times: '횟수',
    until: '종료일',
    date: '날짜',
    settings: '설정',
    host: '프린터 주소',
    port: '포트',
    serialPath: '시리얼 포트',
    baudRate: '통신 속도',
    paper: '용지 폭',
    autoCut: '자동 절단',
    copies: '출력 매수',
    printReceipt: '영수증 출력',
    openDrawerOnCash: '현금 결제 시 금전함 열기',
    owner: '대표자',
    address: '주소',
    requestId: '승인 요청',
    given: '받은 금액',
    receiptBuyer: '현금영수증 번호',
    identifierType: '발급 번호 종류',
    identifier: '발급 번호',
    type: '발급 용도',
    cashUid: '현금 결제',
    buyer: '구매자',
    mandatorySector: '현금영수증 의무발행업종',
    channelKey: '채널 키',
    includeInactive: '판매 중지 상품 포함',
    code: '코드',
    productId: '상품',
    price: '가격',
    taxation: '과세 구분',
    categoryId: '분류',
    barcodes: '바코드',
    shortCode: '단축 코드',
    openPrice: '시가 상품',
    gridOrder: '화면 순서',
    colour: '색',
    order: '순서',
    fileName: '파일 이름',
    contentBase64: '파일 내용',
    previewId: '미리보기',
    discountLimitPercent: '할인 승인 한도(%)',
    cart: '장바구니',
    lines: '품목',
    lineId: '품목',
    qty: '수량',
    unitPrice: '단가',
    discount: '할인',
    percent: '할인율(%)',
    won: '할인 금액',
    saleDiscount: '전체 할인',
    label: '이름',
    expectedAmount: '결제 금액',
    tender: '결제 수단',
    partId: '나눠 결제 번호',
  },
  en: {
    request: 'Request',
    session: 'Sign-in',
    active: 'Active',
    amount: 'Amount',
    approval: 'Approval',
    cashierId: 'Cashier',
    pin: 'PIN',
    attemptId: 'Sale number',
    beforeSeq: 'Log position',
    birth: 'Birth date / business number',
    businessNumber: 'Business number',
    buyerEmail: 'Buyer email',
    buyerName: 'Buyer name',
    buyerTel: 'Buyer phone',
    cardNumber: 'Card number',
    cardQuota: 'Installments',
    company: 'Store name',
    companyEn: 'Store name in English',
    confirm: 'Confirmation',
    consent: 'Customer consent',
    countedCash: 'Counted cash',
    cursor: 'Page',
    customerUid: 'Customer',
    customerUids: 'Customers',
    dayId: 'Business day',
    expectedRefundable: 'Refundable balance',
    expiry: 'Expiry',
    filter: 'Search',
    amountMax: 'Highest amount',
    amountMin: 'Lowest amount',
    cashier: 'Cashier',
    customer: 'Customer name',
    from: 'From',
    to: 'To',
    id: 'Number',
    kind: 'Kind',
    last4: 'Last 4 card digits',
    status: 'Status',
    floatAmount: 'Opening cash',
    hectoBillingKeyOnly: 'Cards without a charge',
    impCode: 'Merchant code',
    impKey: 'REST API key',
    impSecret: 'REST API secret',
    keyedMid: 'Keyed-payment MID',
    windowMid: 'Payment-window MID',
    lang: 'Language',
    limit: 'Count',
    memo: 'Memo',
    merchantUid: 'Order number',
    mode: 'Payment mode',
    name: 'Name',
    orderName: 'Order name',
    output: 'Output',
    ownerType: 'Card type',
    payMethod: 'Payment method',
    phone: 'Phone',
    pwd2digit: 'First 2 password digits',
    query: 'Search text',
    reason: 'Reason',
    replaces: 'Card to replace',
    role: 'Role',
    saleId: 'Sale number',
    saveCard: 'Save card',
    seconds: 'Lock time',
    storeName: 'Store name',
    taxFree: 'Tax-free amount',
    start: 'Start date',
    time: 'Time',
    repeat: 'Repeat',
    dayOfMonth: 'Day of the month',
    times: 'Number of times',
    until: 'End date',
    date: 'Date',
    settings: 'Settings',
    host: 'Printer address',
    port: 'Port',
    serialPath: 'Serial port',
    baudRate: 'Baud rate',
    paper: 'Paper width',
    autoCut: 'Auto-cut',
    copies: 'Copies',
    printReceipt: 'Print receipt',
    openDrawerOnCash: 'Open drawer on cash',
    owner: 'Owner (대표자)',
    address: 'Address',
    requestId: 'Approval request',
    given: 'Amount given',
    receiptBuyer: 'Cash receipt number',
    identifierType: 'Number type',
    identifier: 'Receipt number',
    type: 'Purpose',
    cashUid: 'Cash payment',
    buyer: 'Buyer',
    mandatorySector: 'Mandatory cash-receipt sector',
    channelKey: 'Channel key',
    includeInactive: 'Include inactive products',
    code: 'Code',
    productId: 'Product',
    price: 'Price',
    taxation: 'Taxable / tax-free',
    categoryId: 'Category',
    barcodes: 'Barcodes',
    shortCode: 'Short code',
    openPrice: 'Open price',
    gridOrder: 'Grid order',
    colour: 'Colour',
    order: 'Order',
    fileName: 'File name',
    contentBase64: 'File contents',
    previewId: 'Preview',
    discountLimitPercent: 'Discount approval limit (%)',
    cart: 'Cart',
    lines: 'Lines',
    lineId: 'Line',
    qty: 'Quantity',
    unitPrice: 'Unit price',
    discount: 'Discount',
    percent: 'Discount (%)',
    won: 'Discount (₩)',
    saleDiscount: 'Sale discount',
    label: 'Name',
    expectedAmount: 'Amount to pay',
    tender: 'Tender',
    partId: 'Part number',
  },
};

export type FieldName =
  | 'request'
  | 'session'
  | 'active'
  | 'amount'
  | 'approval'
  | 'cashierId'
  | 'pin'
  | 'attemptId'
  | 'beforeSeq'
  | 'birth'
  | 'businessNumber'
  | 'buyerEmail'
  | 'buyerName'
  | 'buyerTel'
  | 'cardNumber'
  | 'cardQuota'
  | 'company'
  | 'companyEn'
  | 'confirm'
  | 'consent'
  | 'countedCash'
  | 'cursor'
  | 'customerUid'
  | 'customerUids'
  | 'dayId'
  | 'expectedRefundable'
  | 'expiry'
  | 'filter'
  | 'amountMax'
  | 'amountMin'
  | 'cashier'
  | 'customer'
  | 'from'
  | 'to'
  | 'id'
  | 'kind'
  | 'last4'
  | 'status'
  | 'floatAmount'
  | 'hectoBillingKeyOnly'
  | 'impCode'
  | 'impKey'
  | 'impSecret'
  | 'keyedMid'
  | 'windowMid'
  | 'lang'
  | 'limit'
  | 'memo'
  | 'merchantUid'
  | 'mode'
  | 'name'
  | 'orderName'
  | 'output'
  | 'ownerType'
  | 'payMethod'
  | 'phone'
  | 'pwd2digit'
  | 'query'
  | 'reason'
  | 'replaces'
  | 'role'
  | 'saleId'
  | 'saveCard'
  | 'seconds'
  | 'storeName'
  | 'taxFree'
  | 'start'
  | 'time'
  | 'repeat'
  | 'dayOfMonth'
  | 'times'
  | 'until'
  | 'date'
  | 'settings'
  | 'host'
  | 'port'
  | 'serialPath'
  | 'baudRate'
  | 'paper'
  | 'autoCut'
  | 'copies'
  | 'printReceipt'
  | 'openDrawerOnCash'
  | 'owner'
  | 'address'
  | 'requestId'
  | 'given'
  | 'receiptBuyer'
  | 'identifierType'
  | 'identifier'
  | 'type'
  | 'cashUid'
  | 'buyer'
  | 'mandatorySector'
  | 'channelKey'
  | 'includeInactive'
  | 'code'
  | 'productId'
  | 'price'
  | 'taxation'
  | 'categoryId'
  | 'barcodes'
  | 'shortCode'
  | 'openPrice'
  | 'gridOrder'
  | 'colour'
  | 'order'
  | 'fileName'
  | 'contentBase64'
  | 'previewId'
  | 'discountLimitPercent'
  | 'cart'
  | 'lines'
  | 'lineId'
  | 'qty'
  | 'unitPrice'
  | 'discount'
  | 'percent'
  | 'won'
  | 'saleDiscount'
  | 'label'
  | 'expectedAmount'
  | 'tender'
  | 'partId';
