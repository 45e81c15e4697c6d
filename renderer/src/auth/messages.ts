import type { Messages } from '../i18n';

type Key =
  | 'signInTitle'
  | 'lockedTitle'
  | 'lockedBy'
  | 'who'
  | 'pin'
  | 'signIn'
  | 'unlock'
  | 'otherUser'
  | 'signOut'
  | 'lock'
  | 'signedInAs'
  | 'role.cashier'
  | 'role.manager'
  | 'role.owner'
  | 'approvalTitle'
  | 'approvalText'
  | 'approver'
  | 'approverPin'
  | 'approve'
  | 'noApprover'
  | 'pinPad'
  | 'err.locked'
  | 'err.signIn'
  | 'err.needsManager'
  | 'err.needsOwner'
  | 'err.cannotApprove'
  | 'err.unknownCashier'
  | 'err.wrongPin'
  | 'err.blocked';

export const authMessages: Messages<Key> = {
  ko: {
    signInTitle: '담당자 로그인',
    lockedTitle: '화면 잠김',
    lockedBy: '{name} 님의 화면이 잠겼습니다. PIN을 입력하면 이어서 사용할 수 있습니다.',
    who: '담당자',
    pin: 'PIN',
    signIn: '로그인',
    unlock: '잠금 해제',
    otherUser: '다른 담당자로 로그인',
    signOut: '로그아웃',
    lock: '화면 잠금',
    signedInAs: '{name} ({role})',
    'role.cashier': '캐셔',
    'role.manager': '매니저',
    'role.owner': '점주',
    approvalTitle: '관리자 승인',
    approvalText: '이 작업은 매니저 또는 점주의 승인이 필요합니다. 승인할 사람이 PIN을 입력하세요. 이번 한 번만 적용됩니다.',
    approver: '승인자',
    approverPin: '승인자 PIN',
    approve: '승인',
    noApprover: '승인할 수 있는 매니저 계정이 없습니다.',
    pinPad: 'PIN 숫자 키패드',
    'err.locked': '화면이 잠겨 있습니다. PIN을 입력해 잠금을 해제하세요.',
    'err.signIn': '먼저 로그인하세요.',
    'err.needsManager': '매니저 또는 점주의 승인(PIN)이 필요합니다.',
    'err.needsOwner': '점주의 승인(PIN)이 필요합니다.',
    'err.cannotApprove': '이 작업은 이 계정으로 승인할 수 없습니다.',
    'err.unknownCashier': '목록에서 담당자를 고르세요.',
    'err.wrongPin': 'PIN이 맞지 않습니다. 다시 입력하세요.',
    'err.blocked': 'PIN을 여러 번 틀려 잠시 잠겼습니다. {s}초 후에 다시 시도하세요.',
  },
  en: {
    signInTitle: 'Cashier sign-in',
    lockedTitle: 'Screen locked',
    lockedBy: "{name}'s screen is locked. Enter the PIN to continue.",
    who: 'Cashier',
    pin: 'PIN',
    signIn: 'Sign in',
    unlock: 'Unlock',
    otherUser: 'Sign in as someone else',
    signOut: 'Sign out',
    lock: 'Lock screen',
    signedInAs: '{name} ({role})',
    'role.cashier': 'Cashier',
    'role.manager': 'Manager',
    'role.owner': 'Owner',
    approvalTitle: 'Manager approval',
    approvalText: 'This needs a manager or the owner. The approver enters their PIN; it counts for this one action only.',
    approver: 'Approver',
    approverPin: 'Approver PIN',
    approve: 'Approve',
    noApprover: 'There is no manager account that could approve this.',
    pinPad: 'PIN keypad',
    'err.locked': 'The screen is locked. Enter the PIN to unlock it.',
    'err.signIn': 'Sign in first.',
    'err.needsManager': "This needs a manager's (or the owner's) PIN approval.",
    'err.needsOwner': "This needs the owner's PIN approval.",
    'err.cannotApprove': 'This account cannot approve this action.',
    'err.unknownCashier': 'Pick a name from the list.',
    'err.wrongPin': 'Wrong PIN. Try again.',
    'err.blocked': 'Too many wrong PINs. Try again in {s} s.',
  },
};
