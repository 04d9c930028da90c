import { NotFoundError } from '@tradein/service-runtime';

export {
  CLOCK,
  type Clock,
  ConflictError,
  InvalidFieldError,
  NotFoundError,
  UnprocessableError,
  ValidationFailedError,
  withIdempotency,
  withPipelinedIdempotency,
} from '@tradein/service-runtime';

/** Another partner's resource (or one that does not exist): 404 either way, so ids cannot be probed. */
export class ForbiddenLikeNotFound extends NotFoundError {}
