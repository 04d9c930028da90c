import { Injectable, type PipeTransform } from '@nestjs/common';
import { InvalidFieldError } from '@tradein/service-runtime';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path ids are UUIDs; anything else is a 400 naming the parameter rather than a database error. */
@Injectable()
export class JobIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new InvalidFieldError('jobId', 'must be a UUID');
    return value.toLowerCase();
  }
}
