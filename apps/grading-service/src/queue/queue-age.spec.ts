import { inspectionDeadline, queueAge } from './queue-age';

describe('queue age against the inspection deadline', () => {
  const opened = new Date('2026-01-01T08:00:00Z');
  const deadline = inspectionDeadline(opened, 48);

  it('sets the deadline inspectionHours after opening', () => {
    expect(deadline.toISOString()).toBe('2026-01-03T08:00:00.000Z');
  });

  it('reports age and time left while on time', () => {
    expect(queueAge(opened, deadline, new Date('2026-01-01T09:30:00Z'))).toEqual({
      ageMinutes: 90,
      minutesToDeadline: 46 * 60 + 30,
      overdue: false,
    });
  });

  it('is overdue past the deadline', () => {
    const age = queueAge(opened, deadline, new Date('2026-01-03T09:00:00Z'));
    expect(age.overdue).toBe(true);
    expect(age.minutesToDeadline).toBe(-60);
  });
});
