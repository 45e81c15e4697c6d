import type { ConnectionFailure, settingsReasons } from '../../../contract/settings';
import type { Messages } from '../i18n';

export type SettingsKey =
  | 'settings.title'
  | 'settings.general'
  | 'settings.mode'
  | 'settings.mode.sandbox'
  | 'settings.mode.test'
  | 'settings.mode.live'
  | 'settings.lang'
  | 'settings.impCode'
  | 'settings.windowMid'
  | 'settings.keyedMid'
  | 'settings.storeName'
  | 'settings.businessNumber'
  | 'settings.err.impCode'
  | 'settings.err.mid'
  | 'settings.err.storeName'
  | 'settings.save'
  | 'settings.saved'
  | 'settings.credentials'
  | 'settings.hasCredentials'
  | 'settings.noCredentials'
  | 'settings.storedKey'
  | 'settings.apiBase'
  | 'settings.vaultUnavailable'
  | 'settings.impKey'
  | 'settings.impSecret'
  | 'settings.test'
  | 'settings.testing'
  | 'settings.testOk'
  | 'settings.testOkSandbox'
  | 'settings.testFail'
  | 'settings.saveCredentials'
  | 'settings.clearCredentials'
  | 'settings.confirmSave'
  | 'settings.confirmClear'
  | 'settings.credentialsSaved'
  | 'settings.credentialsCleared'
  | 'settings.needBoth';

/** The settings screen's own texts (merchant settings and PortOne credentials). */
export const settingsMessages: Messages<SettingsKey> = {
  ko: {
    'settings.title': '설정',
    'settings.general': '가맹점 설정',
    'settings.mode': '결제 모드',
    'settings.mode.sandbox': '연습 (SANDBOX, 내장 가상 서버)',
    'settings.mode.test': '포트원 테스트',
    'settings.mode.live': '실결제 (LIVE)',
    'settings.lang': '언어',
    'settings.impCode': '가맹점 식별코드 (IMP 코드)',
    'settings.windowMid': '인증 결제창 MID',
    'settings.keyedMid': '수기 결제 MID',
    'settings.storeName': '상호',
    'settings.businessNumber': '사업자등록번호',
    'settings.err.impCode': '"imp" 뒤에 숫자 8자리를 입력하세요',
    'settings.err.mid': '영문, 숫자, _ 만 쓸 수 있습니다',
    'settings.err.storeName': '60자 이하로 입력하세요',
    'settings.save': '설정 저장',
    'settings.saved': '설정을 저장했습니다',
    'settings.credentials': '포트원 API 인증 정보',
    'settings.hasCredentials': '저장된 인증 정보',
    'settings.noCredentials': '저장된 인증 정보가 없습니다',
    'settings.storedKey': '저장된 키: {key}',
    'settings.apiBase': 'API 주소: {url}',
    'settings.vaultUnavailable': '이 컴퓨터에서는 비밀 정보를 안전하게 저장할 수 없어 저장이 거부됩니다: {reason}',
    'settings.impKey': 'REST API 키',
    'settings.impSecret': 'REST API 시크릿',
    'settings.test': '연결 테스트',
    'settings.testing': '연결 확인 중…',
    'settings.testOk': '연결 성공: 포트원이 API 키와 시크릿을 확인했습니다',
    'settings.testOkSandbox': '샌드박스 연결 성공 (저장된 키 없음): 가맹점의 키는 아직 확인하지 않았습니다',
    'settings.testFail': '연결 실패: {message}',
    'settings.saveCredentials': '인증 정보 저장',
    'settings.clearCredentials': '인증 정보 삭제',
    'settings.confirmSave': '포트원 인증 정보를 새 값으로 바꿀까요? 이후 결제는 새 인증 정보로 처리됩니다.',
    'settings.confirmClear': '저장된 포트원 인증 정보를 삭제할까요? 삭제하면 결제할 수 없습니다.',
    'settings.credentialsSaved': '인증 정보를 저장했습니다',
    'settings.credentialsCleared': '인증 정보를 삭제했습니다',
    'settings.needBoth': 'REST API 키와 시크릿을 모두 입력하세요',
  },
  en: {
    'settings.title': 'Settings',
    'settings.general': 'Merchant settings',
    'settings.mode': 'Payment mode',
    'settings.mode.sandbox': 'Practice (SANDBOX, built-in emulator)',
    'settings.mode.test': 'PortOne test',
    'settings.mode.live': 'Live payments',
    'settings.lang': 'Language',
    'settings.impCode': 'Merchant code (IMP code)',
    'settings.windowMid': 'Payment window MID',
    'settings.keyedMid': 'Keyed charge MID',
    'settings.storeName': 'Store name',
    'settings.businessNumber': 'Business number',
    'settings.err.impCode': 'Enter "imp" followed by 8 digits',
    'settings.err.mid': 'Letters, digits and _ only',
    'settings.err.storeName': '60 characters at most',
    'settings.save': 'Save settings',
    'settings.saved': 'Settings saved',
    'settings.credentials': 'PortOne API credentials',
    'settings.hasCredentials': 'Credentials stored',
    'settings.noCredentials': 'No credentials stored',
    'settings.storedKey': 'Stored key: {key}',
    'settings.apiBase': 'API address: {url}',
    'settings.vaultUnavailable': 'Secrets cannot be protected on this computer, so saving them is refused: {reason}',
    'settings.impKey': 'REST API key',
    'settings.impSecret': 'REST API secret',
    'settings.test': 'Test connection',
    'settings.testing': 'Testing the connection…',
    'settings.testOk': 'Connected: PortOne accepted the API key and secret',
    'settings.testOkSandbox': "Sandbox connected (no saved key): the shop's own key has not been tested yet",
    'settings.testFail': 'Connection failed: {message}',
    'settings.saveCredentials': 'Save credentials',
    'settings.clearCredentials': 'Clear credentials',
    'settings.confirmSave': 'Replace the PortOne credentials with the new ones? Later payments will use them.',
    'settings.confirmClear': 'Delete the stored PortOne credentials? Payments will stop working until new ones are saved.',
    'settings.credentialsSaved': 'Credentials saved',
    'settings.credentialsCleared': 'Credentials cleared',
    'settings.needBoth': 'Enter both the REST API key and the secret',
  },
};

/** PortOne is not set up, or a setting it needs is missing: every area that talks to PortOne uses these. */
export const settingsReasonMessages: Messages<(typeof settingsReasons)[number]> = {
  ko: {
    'settings.portone_not_configured': '포트원 설정이 아직 없습니다. 설정(F10)을 여세요.',
    'settings.keyed_mid_missing': '수기 결제 MID가 설정되지 않았습니다. 설정에서 입력하세요.',
    'settings.imp_code_missing': '가맹점 식별코드(IMP 코드)가 설정되지 않았습니다. 설정에서 입력하세요.',
    'settings.window_mid_missing': '인증 결제창 MID가 설정되지 않았습니다. 설정에서 입력하세요.',
    'settings.vault_unreadable': '저장된 포트원 인증 정보를 이 컴퓨터에서 읽을 수 없습니다. 설정에서 다시 입력하세요.',
    'settings.vault_damaged': '저장된 포트원 인증 정보가 손상되었습니다. 설정에서 다시 입력하세요.',
    'settings.vault_unavailable': '이 컴퓨터에서는 비밀 정보를 안전하게 저장할 수 없어 저장하지 않았습니다: {detail}',
  },
  en: {
    'settings.portone_not_configured': 'PortOne is not configured yet. Open settings (F10).',
    'settings.keyed_mid_missing': 'The keyed-payment MID is not set. Enter it in settings.',
    'settings.imp_code_missing': 'The IMP merchant code is not set. Enter it in settings.',
    'settings.window_mid_missing': 'The payment-window MID is not set. Enter it in settings.',
    'settings.vault_unreadable': 'The saved PortOne credentials cannot be read on this computer. Enter them again in settings.',
    'settings.vault_damaged': 'The saved PortOne credentials are damaged. Enter them again in settings.',
    'settings.vault_unavailable': 'Secrets cannot be protected on this computer, so they were not saved: {detail}',
  },
};

/** Why "test connection" failed, in the cashier's words (main's English stays in its message). */
export const connectionFailureMessages: Messages<ConnectionFailure> = {
  ko: {
    credentials_rejected: 'REST API 키 또는 시크릿이 맞지 않습니다',
    timeout: '포트원이 제때 응답하지 않았습니다. 인터넷 연결을 확인하세요',
    unreachable: '포트원에 연결할 수 없습니다. 인터넷 연결을 확인하세요',
    refused: '포트원이 요청을 거부했습니다',
  },
  en: {
    credentials_rejected: 'The REST API key or secret is wrong',
    timeout: 'PortOne did not answer in time. Check the internet connection',
    unreachable: 'Could not reach PortOne. Check the internet connection',
    refused: 'PortOne refused the request',
  },
};
