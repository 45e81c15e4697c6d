import type { Messages } from '../i18n';

type Key =
  | 'nav'
  | 'title'
  | 'singleUser'
  | 'createOwner'
  | 'accounts'
  | 'showAccounts'
  | 'add'
  | 'name'
  | 'role'
  | 'pin'
  | 'pinAgain'
  | 'pinMismatch'
  | 'pinFormat'
  | 'nameRequired'
  | 'create'
  | 'created'
  | 'col.name'
  | 'col.role'
  | 'col.state'
  | 'active'
  | 'inactive'
  | 'blocked'
  | 'disable'
  | 'newPin'
  | 'enable'
  | 'updated'
  | 'idleLock'
  | 'idleNever'
  | 'idleMinutes'
  | 'save'
  | 'saved'
  | 'role.cashier'
  | 'role.manager'
  | 'role.owner';

export const staffMessages: Messages<Key> = {
  ko: {
    nav: '직원',
    title: '직원 계정',
    singleUser: '아직 직원 계정이 없어 로그인 없이 사용 중입니다. 점주 계정을 만들면 그때부터 로그인이 필요합니다.',
    createOwner: '점주 계정 만들기',
    accounts: '계정 목록',
    showAccounts: '계정 목록 보기 (매니저 승인)',
    add: '계정 추가',
    name: '이름',
    role: '역할',
    pin: 'PIN (숫자 4~8자리, 관리자·점주는 6자리 이상)',
    pinAgain: 'PIN 확인',
    pinMismatch: '두 PIN이 다릅니다',
    pinFormat: 'PIN은 숫자 4~8자리입니다',
    nameRequired: '이름을 입력하세요',
    create: '만들기',
    created: '{name} 계정을 만들었습니다.',
    'col.name': '이름',
    'col.role': '역할',
    'col.state': '상태',
    active: '사용 중',
    inactive: '사용 중지',
    blocked: 'PIN 오류로 잠시 잠김',
    disable: '사용 중지',
    newPin: '새 PIN',
    enable: '다시 사용',
    updated: '{name} 계정을 변경했습니다.',
    idleLock: '자동 화면 잠금',
    idleNever: '사용 안 함',
    idleMinutes: '{n}분',
    save: '저장',
    saved: '자동 잠금 설정을 저장했습니다.',
    'role.cashier': '캐셔',
    'role.manager': '매니저',
    'role.owner': '점주',
  },
  en: {
    nav: 'Staff',
    title: 'Staff accounts',
    singleUser: 'There are no staff accounts yet, so no sign-in is needed. Once the owner account exists, everyone signs in.',
    createOwner: 'Create the owner account',
    accounts: 'Accounts',
    showAccounts: 'Show accounts (manager approval)',
    add: 'Add an account',
    name: 'Name',
    role: 'Role',
    pin: 'PIN (4–8 digits; 6 or more for managers and owners)',
    pinAgain: 'PIN again',
    pinMismatch: 'The two PINs differ',
    pinFormat: 'PIN: 4–8 digits',
    nameRequired: 'Enter a name',
    create: 'Create',
    created: 'Account {name} created.',
    'col.name': 'Name',
    'col.role': 'Role',
    'col.state': 'State',
    active: 'Active',
    inactive: 'Disabled',
    blocked: 'Blocked for a while (wrong PINs)',
    disable: 'Disable',
    newPin: 'New PIN',
    enable: 'Enable',
    updated: 'Account {name} changed.',
    idleLock: 'Lock the screen when idle',
    idleNever: 'Never',
    idleMinutes: '{n} min',
    save: 'Save',
    saved: 'Idle lock saved.',
    'role.cashier': 'Cashier',
    'role.manager': 'Manager',
    'role.owner': 'Owner',
  },
};
