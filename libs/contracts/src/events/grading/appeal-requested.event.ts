import { IsIn, IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';

export class AppealRequestedPayload {
  @IsString() @Length(1, 64) appealId!: string;
  @IsIn(['PARTNER', 'OPS']) requestedBy!: 'PARTNER' | 'OPS';
  @IsString() @Length(1, 1000) reason!: string;
}

export const AppealRequested = defineEvent({
  type: 'tradein.grade.appeal-requested',
  version: 1,
  payload: AppealRequestedPayload,
  producer: 'quote-service',
  description: "A partner (on the customer's behalf) or ops asked for a regrade: a different technician grades again.",
});
