import type { Handlers } from '../../ipc/handlers';
import type { ScheduleService } from '../../schedules/schedule-service';

type ScheduleHandlers = Pick<
  Handlers,
  | 'scheduleCharges'
  | 'customerSchedules'
  | 'failedSchedules'
  | 'cancelSchedule'
  | 'cancelCustomerSchedules'
  | 'changeScheduleTime'
  | 'retrySchedule'
  | 'rescheduleFailed'
  | 'stopSchedule'
  | 'pollSchedules'
>;

/** Scheduled payments: the customers screen's schedule calls and the home screen's flag. */
export function scheduleHandlers(schedules: ScheduleService): ScheduleHandlers {
  return {
    scheduleCharges: (input) => schedules.create(input),
    customerSchedules: ({ customerUid }) => Promise.resolve(schedules.list(customerUid)),
    failedSchedules: () => Promise.resolve(schedules.failed()),
    cancelSchedule: ({ merchantUid, approval }) => schedules.cancel(merchantUid, approval),
    cancelCustomerSchedules: ({ customerUid, approval }) => schedules.cancelAll(customerUid, approval),
    changeScheduleTime: ({ merchantUid, date, time }) => schedules.changeTime(merchantUid, date, time),
    retrySchedule: ({ merchantUid }) => schedules.retry(merchantUid),
    rescheduleFailed: ({ merchantUid, date, time }) => schedules.reschedule(merchantUid, date, time),
    stopSchedule: ({ merchantUid }) => schedules.stop(merchantUid),
    pollSchedules: () => schedules.poll(),
  };
}
