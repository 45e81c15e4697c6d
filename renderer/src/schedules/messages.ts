import type { scheduleReasons } from '../../../contract/schedules';
import type { Messages } from '../i18n';

type Key =
  | 'title'
  | 'open'
  | 'close'
  | 'form'
  | 'start'
  | 'time'
  | 'repeat'
  | 'repeat.once'
  | 'repeat.monthly'
  | 'repeat.weekly'
  | 'dayOfMonth'
  | 'endBy'
  | 'endBy.times'
  | 'endBy.until'
  | 'times'
  | 'until'
  | 'amount'
  | 'taxFree'
  | 'orderName'
  | 'preview'
  | 'previewEmpty'
  | 'movedNote'
  | 'moved'
  | 'submit'
  | 'sending'
  | 'scheduled'
  | 'list'
  | 'none'
  | 'col.when'
  | 'col.amount'
  | 'col.order'
  | 'col.state'
  | 'col.actions'
  | 'state.planned'
  | 'state.sending'
  | 'state.scheduled'
  | 'state.paid'
  | 'state.failed'
  | 'state.revoked'
  | 'state.refused'
  | 'state.stopped'
  | 'cancel'
  | 'cancel.confirm'
  | 'cancel.confirmButton'
  | 'cancelAll'
  | 'cancelAll.confirm'
  | 'changeTime'
  | 'changeTime.save'
  | 'retry'
  | 'reschedule'
  | 'stop'
  | 'failedNotice'
  | 'failedNotice.open'
  | 'lastPoll'
  | 'lastPoll.never'
  | 'revokedOnRemove'
  | 'err.amount'
  | 'err.taxFree'
  | 'err.orderName'
  | 'err.start.invalid'
  | 'err.start.past'
  | 'err.time.invalid'
  | 'err.times.invalid'
  | 'err.times.too_many'
  | 'err.until.invalid'
  | 'err.until.too_many'
  | 'err.until.none'
  | 'err.dayOfMonth.invalid';

/** Scheduled payments (예약결제) on the customer's card. */
export const scheduleMessages: Messages<Key> = {
  ko: {
    title: '예약결제',
    open: '예약결제 등록',
    close: '닫기',
    form: '예약결제 등록',
    start: '시작일',
    time: '결제 시각',
    repeat: '반복',
    'repeat.once': '한 번',
    'repeat.monthly': '매월',
    'repeat.weekly': '매주',
    dayOfMonth: '매월 결제일',
    endBy: '끝',
    'endBy.times': '횟수',
    'endBy.until': '종료일',
    times: '횟수',
    until: '종료일',
    amount: '예약 금액',
    taxFree: '예약 면세 금액',
    orderName: '예약 주문명',
    preview: '결제 예정일',
    previewEmpty: '날짜를 입력하면 결제 예정일이 표시됩니다',
    movedNote: '* 그 달에 없는 날짜는 그 달의 마지막 날로 옮겨 결제합니다 (예: 31일 → 4월 30일).',
    moved: '말일로 이동',
    submit: '예약하기',
    sending: '포트원에 예약하는 중…',
    scheduled: '{count}건을 예약했습니다',
    list: '예약 목록',
    none: '예약이 없습니다',
    'col.when': '결제 예정',
    'col.amount': '금액',
    'col.order': '주문명',
    'col.state': '상태',
    'col.actions': '관리',
    'state.planned': '대기(3개월 이내에 포트원 예약)',
    'state.sending': '포트원 확인 중',
    'state.scheduled': '예약됨',
    'state.paid': '결제됨',
    'state.failed': '실패',
    'state.revoked': '취소됨',
    'state.refused': '예약 거절',
    'state.stopped': '중단',
    cancel: '예약 취소',
    'cancel.confirm': '{when} {amount} 예약을 취소할까요?',
    'cancel.confirmButton': '예약 취소',
    cancelAll: '남은 예약 모두 취소',
    'cancelAll.confirm': '{name} 고객의 남은 예약을 모두 취소할까요?',
    changeTime: '시각 변경',
    'changeTime.save': '변경',
    retry: '지금 다시 결제',
    reschedule: '다시 예약',
    stop: '중단',
    failedNotice: '실패한 예약결제가 {count}건 있습니다: {names}',
    'failedNotice.open': '고객 화면에서 보기',
    lastPoll: '포트원 확인: {at}',
    'lastPoll.never': '포트원 확인 전',
    revokedOnRemove: '이 카드의 예약 {count}건을 먼저 취소했습니다.',
    'err.amount': '금액을 1원 이상 입력하세요',
    'err.taxFree': '면세 금액은 금액보다 클 수 없습니다',
    'err.orderName': '주문명을 1~40자로 입력하세요',
    'err.start.invalid': '시작일을 YYYY-MM-DD로 입력하세요',
    'err.start.past': '첫 결제일이 지났습니다. 앞으로의 날짜를 고르세요',
    'err.time.invalid': '시각을 HH:MM으로 입력하세요',
    'err.times.invalid': '횟수(1~60) 또는 종료일을 입력하세요',
    'err.times.too_many': '한 번에 60회까지 예약할 수 있습니다',
    'err.until.invalid': '종료일을 YYYY-MM-DD로 입력하세요',
    'err.until.too_many': '한 번에 60회까지 예약할 수 있습니다. 종료일을 앞당기세요',
    'err.until.none': '종료일 전에 결제일이 없습니다',
    'err.dayOfMonth.invalid': '결제일을 1~31로 입력하세요',
  },
  en: {
    title: 'Scheduled charges',
    open: 'Schedule charges',
    close: 'Close',
    form: 'Schedule charges',
    start: 'Start date',
    time: 'Charge time',
    repeat: 'Repeat',
    'repeat.once': 'Once',
    'repeat.monthly': 'Monthly',
    'repeat.weekly': 'Weekly',
    dayOfMonth: 'Day of the month',
    endBy: 'Ends',
    'endBy.times': 'After',
    'endBy.until': 'On date',
    times: 'Times',
    until: 'End date',
    amount: 'Scheduled amount',
    taxFree: 'Scheduled tax-free amount',
    orderName: 'Scheduled order name',
    preview: 'Charge dates',
    previewEmpty: 'Enter the dates to see when the card will be charged',
    movedNote: '* A day a month does not have is charged on its last day (e.g. the 31st → 30 April).',
    moved: 'moved to month end',
    submit: 'Schedule',
    sending: 'Scheduling at PortOne…',
    scheduled: '{count} charge(s) scheduled',
    list: 'Schedules',
    none: 'No schedules',
    'col.when': 'Charge at',
    'col.amount': 'Amount',
    'col.order': 'Order',
    'col.state': 'State',
    'col.actions': 'Manage',
    'state.planned': 'Waiting (sent to PortOne 3 months ahead)',
    'state.sending': 'Checking with PortOne',
    'state.scheduled': 'Scheduled',
    'state.paid': 'Paid',
    'state.failed': 'Failed',
    'state.revoked': 'Cancelled',
    'state.refused': 'Refused',
    'state.stopped': 'Stopped',
    cancel: 'Cancel schedule',
    'cancel.confirm': 'Cancel the charge of {amount} on {when}?',
    'cancel.confirmButton': 'Cancel schedule',
    cancelAll: 'Cancel all upcoming',
    'cancelAll.confirm': "Cancel all of {name}'s upcoming charges?",
    changeTime: 'Change time',
    'changeTime.save': 'Save',
    retry: 'Charge now',
    reschedule: 'Schedule again',
    stop: 'Stop',
    failedNotice: '{count} scheduled charge(s) failed: {names}',
    'failedNotice.open': 'Open customers',
    lastPoll: 'PortOne checked: {at}',
    'lastPoll.never': 'Not checked with PortOne yet',
    revokedOnRemove: "This card's {count} schedule(s) were cancelled first.",
    'err.amount': 'Enter an amount of at least ₩1',
    'err.taxFree': 'The tax-free amount cannot be more than the amount',
    'err.orderName': 'Enter an order name of 1–40 characters',
    'err.start.invalid': 'Enter the start date as YYYY-MM-DD',
    'err.start.past': 'The first date has passed; pick a future one',
    'err.time.invalid': 'Enter the time as HH:MM',
    'err.times.invalid': 'Enter a number of times (1–60) or an end date',
    'err.times.too_many': 'At most 60 charges can be scheduled at once',
    'err.until.invalid': 'Enter the end date as YYYY-MM-DD',
    'err.until.too_many': 'At most 60 charges at once: choose an earlier end date',
    'err.until.none': 'No charge date falls before the end date',
    'err.dayOfMonth.invalid': 'Enter a day of the month from 1 to 31',
  },
};

/** The cashier's sentence for each reason main gives (contract/schedules.ts). */
export const scheduleReasonMessages: Messages<(typeof scheduleReasons)[number]> = {
  ko: {
    'schedules.invalid_dates': '예약 날짜를 확인하세요',
    'schedules.customer_not_chargeable': '이 카드로는 지금 예약할 수 없습니다 (확인 중이거나 포트원에 없음, 다른 계정)',
    'schedules.not_scheduled': '예정된 예약만 취소하거나 시각을 바꿀 수 있습니다',
    'schedules.not_failed': '실패한 예약만 다시 결제하거나 다시 예약할 수 있습니다',
    'schedules.portone_refused': '포트원이 거절했습니다: {message}',
    'schedules.unreachable': '포트원에 연결하지 못했습니다. 바뀐 것은 없습니다. 다시 시도하세요',
    'schedules.time_in_past': '새 시각은 지금 이후여야 합니다',
    'schedules.tax_free_exceeds': '면세 금액은 결제 금액보다 클 수 없습니다',
    'schedules.schedule_not_found': '이 주문번호의 예약이 없습니다. 목록을 새로 고치세요',
  },
  en: {
    'schedules.invalid_dates': 'Check the schedule dates',
    'schedules.customer_not_chargeable': 'This card cannot be scheduled now (being checked, gone at PortOne, or another account)',
    'schedules.not_scheduled': 'Only an upcoming schedule can be cancelled or moved',
    'schedules.not_failed': 'Only a failed schedule can be charged now or scheduled again',
    'schedules.portone_refused': 'PortOne refused: {message}',
    'schedules.unreachable': 'PortOne could not be reached. Nothing changed; try again',
    'schedules.time_in_past': 'The new time must be in the future',
    'schedules.tax_free_exceeds': 'The tax-free part cannot be more than the amount',
    'schedules.schedule_not_found': 'No schedule with this order number. Reload the list',
  },
};
