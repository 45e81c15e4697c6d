import type { printerReasons } from '../../../contract/printer';
import type { Messages } from '../i18n';

export type PrinterKey =
  | 'title'
  | 'output'
  | 'output.none'
  | 'output.system'
  | 'output.escpos_network'
  | 'output.escpos_serial'
  | 'host'
  | 'port'
  | 'serialPath'
  | 'serialHint'
  | 'baudRate'
  | 'paper'
  | 'autoCut'
  | 'copies'
  | 'printReceipt'
  | 'printReceipt.always'
  | 'printReceipt.ask'
  | 'printReceipt.never'
  | 'openDrawerOnCash'
  | 'header'
  | 'owner'
  | 'address'
  | 'phone'
  | 'save'
  | 'saved'
  | 'testPrint'
  | 'testPrinted'
  | 'status.ok'
  | 'status.nearEnd'
  | 'status.unknown'
  | 'openDrawer'
  | 'drawerOpened'
  | 'receipt'
  | 'receiptPrint'
  | 'receiptReprint'
  | 'receiptNone'
  | 'receiptPdf'
  | 'printing'
  | 'printed'
  | 'notPrinted'
  | 'pdfSaved'
  | 'keyHint'
  | 'printX'
  | 'printZ'
  | 'reprintLast'
  | 'reprintedLast';

export const printerMessages: Messages<PrinterKey> = {
  ko: {
    title: '영수증 프린터',
    output: '출력 방식',
    'output.none': '사용 안 함',
    'output.system': '시스템 프린터 (인쇄 대화상자)',
    'output.escpos_network': 'ESC/POS 네트워크 (LAN)',
    'output.escpos_serial': 'ESC/POS 시리얼 (USB 가상 COM)',
    host: '프린터 IP 주소',
    port: '포트',
    serialPath: '시리얼 포트',
    serialHint: '예: COM3 (Windows), /dev/ttyUSB0 (Linux)',
    baudRate: '통신 속도 (bps)',
    paper: '용지 폭',
    autoCut: '자동 절단',
    copies: '인쇄 매수',
    printReceipt: '결제 후 영수증',
    'printReceipt.always': '항상 인쇄',
    'printReceipt.ask': '매번 묻기',
    'printReceipt.never': '인쇄하지 않음 (요청할 때만)',
    openDrawerOnCash: '현금 결제 시 금전함 열기',
    header: '영수증 머리글',
    owner: '대표자',
    address: '주소',
    phone: '전화번호',
    save: '프린터 설정을 저장',
    saved: '프린터 설정을 저장했습니다.',
    testPrint: '테스트 인쇄',
    testPrinted: '테스트 인쇄를 보냈습니다. {status}',
    'status.ok': '프린터 상태: 정상',
    'status.nearEnd': '프린터 상태: 용지가 얼마 남지 않았습니다',
    'status.unknown': '프린터가 상태를 알려주지 않습니다',
    openDrawer: '금전함 열기',
    drawerOpened: '금전함을 열었습니다.',
    receipt: '영수증',
    receiptPrint: '영수증 인쇄',
    receiptReprint: '재출력',
    receiptNone: '영수증 없음',
    receiptPdf: 'PDF 저장',
    printing: '영수증을 인쇄하고 있습니다…',
    printed: '영수증을 인쇄했습니다.',
    notPrinted: '영수증이 인쇄되지 않았습니다. 결제는 완료되었습니다. {reason}',
    pdfSaved: 'PDF 저장됨: {path}',
    keyHint: '숫자 키 1 · 2 · 3',
    printX: '중간정산(X) 영수증 프린터로 인쇄',
    printZ: '마감정산(Z) 영수증 프린터로 인쇄',
    reprintLast: '마지막 영수증',
    reprintedLast: '마지막 영수증을 인쇄했습니다 ({uid}).',
  },
  en: {
    title: 'Receipt printer',
    output: 'Output',
    'output.none': 'None',
    'output.system': 'System printer (print dialog)',
    'output.escpos_network': 'ESC/POS network (LAN)',
    'output.escpos_serial': 'ESC/POS serial (USB virtual COM)',
    host: 'Printer IP address',
    port: 'Port',
    serialPath: 'Serial port',
    serialHint: 'e.g. COM3 (Windows), /dev/ttyUSB0 (Linux)',
    baudRate: 'Baud rate',
    paper: 'Paper width',
    autoCut: 'Auto-cut',
    copies: 'Copies',
    printReceipt: 'Receipt after a sale',
    'printReceipt.always': 'Always print',
    'printReceipt.ask': 'Ask each time',
    'printReceipt.never': 'Do not print (only when asked)',
    openDrawerOnCash: 'Open the cash drawer on cash sales',
    header: 'Receipt letterhead',
    owner: 'Owner (대표자)',
    address: 'Address',
    phone: 'Phone',
    save: 'Save printer settings',
    saved: 'Printer settings saved.',
    testPrint: 'Test print',
    testPrinted: 'Test print sent. {status}',
    'status.ok': 'Printer status: ready',
    'status.nearEnd': 'Printer status: paper is running low',
    'status.unknown': 'The printer does not report its status',
    openDrawer: 'Open cash drawer',
    drawerOpened: 'The cash drawer was opened.',
    receipt: 'Receipt',
    receiptPrint: 'Print receipt',
    receiptReprint: 'Reprint',
    receiptNone: 'No receipt',
    receiptPdf: 'Save PDF',
    printing: 'Printing the receipt…',
    printed: 'The receipt was printed.',
    notPrinted: 'The receipt did not print. The payment is complete. {reason}',
    pdfSaved: 'PDF saved: {path}',
    keyHint: 'Number keys 1 · 2 · 3',
    printX: 'Print interim (X) on the receipt printer',
    printZ: 'Print day close (Z) on the receipt printer',
    reprintLast: 'Last receipt',
    reprintedLast: 'The last receipt was printed ({uid}).',
  },
};

export const printerReasonMessages: Messages<(typeof printerReasons)[number]> = {
  ko: {
    'printer.not_configured': '영수증 프린터가 설정되어 있지 않습니다. 설정(F10)에서 프린터를 고르세요.',
    'printer.unreachable': '프린터에 연결할 수 없습니다. 전원, 케이블, IP 주소(또는 포트)를 확인하세요.',
    'printer.timeout': '프린터가 제시간에 응답하지 않았습니다. 전원과 연결을 확인하고 다시 인쇄하세요.',
    'printer.offline': '프린터가 오프라인입니다. 전원과 연결을 확인하세요.',
    'printer.cover_open': '프린터 덮개가 열려 있습니다. 덮개를 닫고 다시 인쇄하세요.',
    'printer.paper_out': '프린터 용지가 없습니다. 용지를 넣고 다시 인쇄하세요.',
    'printer.no_drawer': '금전함은 ESC/POS 프린터에 연결되어 있어야 합니다. 설정에서 프린터를 고르세요.',
    'printer.host_required': '네트워크 프린터의 IP 주소를 입력하세요.',
    'printer.serial_path_required': '시리얼 포트를 입력하세요 (예: COM3, /dev/ttyUSB0).',
    'printer.no_sale': '아직 승인된 결제가 없어 인쇄할 영수증이 없습니다.',
  },
  en: {
    'printer.not_configured': 'No receipt printer is set up. Choose one in Settings (F10).',
    'printer.unreachable': 'The printer cannot be reached. Check its power, cable and IP address (or port).',
    'printer.timeout': 'The printer did not answer in time. Check its power and connection, then print again.',
    'printer.offline': 'The printer is offline. Check its power and connection.',
    'printer.cover_open': 'The printer cover is open. Close it and print again.',
    'printer.paper_out': 'The printer is out of paper. Load paper and print again.',
    'printer.no_drawer': 'The cash drawer needs an ESC/POS printer. Choose one in Settings.',
    'printer.host_required': "Enter the network printer's IP address.",
    'printer.serial_path_required': 'Enter the serial port (e.g. COM3, /dev/ttyUSB0).',
    'printer.no_sale': 'There is no approved sale yet, so no receipt to print.',
  },
};
