export interface QueueAge {
  ageMinutes: number;
  /** Negative once the deadline has passed. */
  minutesToDeadline: number;
  overdue: boolean;
}

/** How long a job has waited, measured against its inspection deadline (the queue is worked oldest first). */
export function queueAge(openedAt: Date, deadlineAt: Date, now: Date): QueueAge {
  const minute = 60_000;
  const minutesToDeadline = Math.floor((deadlineAt.getTime() - now.getTime()) / minute);
  return {
    ageMinutes: Math.max(0, Math.floor((now.getTime() - openedAt.getTime()) / minute)),
    minutesToDeadline,
    overdue: now.getTime() > deadlineAt.getTime(),
  };
}

export function inspectionDeadline(openedAt: Date, inspectionHours: number): Date {
  return new Date(openedAt.getTime() + inspectionHours * 3_600_000);
}
