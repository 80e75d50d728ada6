import type { VrptwModel } from './model.ts';
import { scheduleRoute } from './route-schedule.ts';

const fmt = (t: number): string => String(Math.round(t * 100) / 100);

/**
 * Why `job` cannot be served even by a vehicle visiting only it, or null when it can:
 * no vehicles, over capacity, window unreachable from the depot, shift too short or
 * maxWorkTime too short.
 *
 * @example
 * unservableReason(model, 3); // 'window unreachable: earliest arrival 540 is after the latest start 500'
 */
export function unservableReason(model: VrptwModel, job: number): string | null {
  const { time, size, depot, node } = model;
  if (model.vehicleCount <= 0) return 'no vehicles available';
  const demand = model.demand[job] as number;
  if (demand > model.capacity)
    return `over capacity: demand ${fmt(demand)} exceeds the vehicle capacity ${fmt(model.capacity)}`;
  const here = node[job] as number;
  const arrive = model.shiftStart + (time[depot * size + here] as number);
  const late = model.late[job] as number;
  if (arrive > late)
    return `window unreachable: earliest arrival ${fmt(arrive)} from the depot is after the latest start ${fmt(late)}`;
  const begin = Math.max(arrive, model.early[job] as number);
  const back = begin + (model.service[job] as number) + (time[here * size + depot] as number);
  if (back > model.shiftEnd)
    return (
      `shift too short: back at the depot at ${fmt(back)} at the earliest, ` +
      `after the shift end ${fmt(model.shiftEnd)}`
    );
  const alone = scheduleRoute(model, [job]);
  if (!alone.feasible)
    return (
      `shift too short: the visit takes ${fmt(alone.end - alone.depart)} from depot to depot, ` +
      `more than the maximum work time ${fmt(model.maxWork)}`
    );
  return null;
}

/** Reason given to servable jobs that were left out because the fleet could not take them all. */
export const DID_NOT_FIT = 'did not fit with the available vehicles (lowest priority dropped first)';
