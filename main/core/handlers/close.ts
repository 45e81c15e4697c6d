import type { DayCloseService } from '../../close/day-close-service';
import type { Handlers } from '../../ipc/handlers';

type CloseHandlers = Pick<
  Handlers,
  'dayStatus' | 'openDay' | 'previewClose' | 'closeDay' | 'listDays' | 'dayReport' | 'reconcileDay' | 'printDayReport'
>;

/** 개점 / 마감정산: the close screen's calls. */
export function closeHandlers(days: DayCloseService): CloseHandlers {
  return {
    dayStatus: () => Promise.resolve(days.status()),
    openDay: ({ floatAmount, approval }) => days.openDay(floatAmount, approval),
    previewClose: () => days.preview(),
    closeDay: ({ countedCash, approval }) => days.closeDay(countedCash, approval),
    listDays: ({ limit }) => days.list(limit),
    dayReport: ({ dayId }) => days.dayReport(dayId),
    reconcileDay: ({ dayId }) => days.reconcile(dayId),
    printDayReport: ({ dayId, output }) => days.print(dayId, output),
  };
}
