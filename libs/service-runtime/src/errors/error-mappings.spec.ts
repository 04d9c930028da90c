import { consumerFailureOf } from './consumer-failure';
import {
  ConflictError,
  DomainError,
  type ErrorKind,
  InvalidFieldError,
  NotFoundError,
  UnprocessableError,
  ValidationFailedError,
} from './domain-error';
import { HTTP_STATUS_OF_KIND } from './http-status';

describe('domain errors carry a code and a kind, no HTTP status', () => {
  it('the subclasses fix their kind', () => {
    expect(new ValidationFailedError([{ field: 'imei', reason: 'required' }])).toMatchObject({
      code: 'VALIDATION_FAILED',
      kind: 'invalid',
    });
    expect(new InvalidFieldError('imei', 'bad')).toMatchObject({ code: 'INVALID_FIELD', kind: 'invalid', message: 'imei: bad' });
    expect(new NotFoundError('quote', 'q1')).toMatchObject({ code: 'NOT_FOUND', kind: 'not-found', message: 'quote q1 not found' });
    expect(new ConflictError('QUOTE_EXPIRED', 'expired')).toMatchObject({ kind: 'conflict', name: 'ConflictError' });
    expect(new UnprocessableError('UNPAYABLE', 'no')).toMatchObject({ kind: 'unprocessable' });
    expect(new ConflictError('X', 'y')).not.toHaveProperty('getStatus');
  });
});

describe('HTTP_STATUS_OF_KIND (the problem+json mapping)', () => {
  it('answers the statuses the services always answered', () => {
    const expected: Record<ErrorKind, number> = {
      invalid: 400,
      unauthenticated: 401,
      forbidden: 403,
      'not-found': 404,
      conflict: 409,
      unprocessable: 422,
      'too-large': 413,
      'unsupported-media-type': 415,
      unavailable: 503,
    };
    expect(HTTP_STATUS_OF_KIND).toEqual(expected);
  });
});

describe('consumerFailureOf (the event consumers mapping)', () => {
  it('a refusal no retry can change is permanent, with its code', () => {
    expect(consumerFailureOf(new UnprocessableError('UNPAYABLE_OFFER', 'negative'))).toEqual({ permanent: true, code: 'UNPAYABLE_OFFER' });
    expect(consumerFailureOf(new InvalidFieldError('imei', 'bad'))).toEqual({ permanent: true, code: 'INVALID_FIELD' });
  });

  it('a state or a row that may still arrive is transient: events cross topics out of order', () => {
    expect(consumerFailureOf(new ConflictError('NOT_RECEIVED_YET', 'x'))).toEqual({ permanent: false, code: 'NOT_RECEIVED_YET' });
    expect(consumerFailureOf(new NotFoundError('trade-in', 't1'))).toEqual({ permanent: false, code: 'NOT_FOUND' });
  });

  it('anything that is not a domain error is transient and has no code', () => {
    expect(consumerFailureOf(new Error('connection terminated'))).toEqual({ permanent: false });
    expect(consumerFailureOf('weird')).toEqual({ permanent: false });
    expect(consumerFailureOf(new DomainError('X', 'y', 'forbidden'))).toEqual({ permanent: false, code: 'X' });
  });
});
