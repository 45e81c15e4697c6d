import type { Messages } from '../i18n';

type Key =
  | 'title'
  | 'show'
  | 'verify'
  | 'verified'
  | 'broken'
  | 'export'
  | 'exported'
  | 'older'
  | 'empty'
  | 'col.seq'
  | 'col.time'
  | 'col.who'
  | 'col.action'
  | 'col.target'
  | 'col.detail';

export const auditMessages: Messages<Key> = {
  ko: {
    title: '감사 로그',
    show: '기록 보기',
    verify: '무결성 확인',
    verified: '무결성 확인 완료: {n}건 모두 정상입니다.',
    broken: '변조 발견: {seq}번 기록부터 체인이 맞지 않습니다 ({reason}).',
    export: 'CSV 내보내기',
    exported: '{file} 파일을 내보냈습니다.',
    older: '이전 기록 더 보기',
    empty: '기록이 없습니다.',
    'col.seq': '번호',
    'col.time': '시각',
    'col.who': '누가',
    'col.action': '무엇을',
    'col.target': '대상',
    'col.detail': '내용',
  },
  en: {
    title: 'Audit log',
    show: 'Show entries',
    verify: 'Verify integrity',
    verified: 'Verified: all {n} entries are intact.',
    broken: 'Tampering found: the chain breaks at entry {seq} ({reason}).',
    export: 'Export CSV',
    exported: 'Exported {file}.',
    older: 'Show older entries',
    empty: 'No entries.',
    'col.seq': 'No.',
    'col.time': 'Time',
    'col.who': 'Who',
    'col.action': 'Action',
    'col.target': 'Target',
    'col.detail': 'Detail',
  },
};
