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
    openDay: ({ floatAmount }) => days.openDay(floatAmount),
    previewClose: (request) => days.preview(request?.countedCash ?? null),
    closeDay: ({ countedCash, approval }) => days.closeDay(countedCash, approval),
    listDays: ({ limit }) => days.list(limit),
    dayReport: ({ dayId }) => days.dayReport(dayId),
    reconcileDay: ({ dayId, approval }) => days.reconcile(dayId, approval),
    printDayReport: ({ dayId, output, countedCash }) => days.print(dayId, output, countedCash ?? null),
  };
}
