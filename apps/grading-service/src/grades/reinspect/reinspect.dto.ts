import { IsString, Length } from 'class-validator';

export class ReinspectDto {
  /** Why the device is retested, e.g. "customer removed Find My" or "re-erase after failed verification". */
  @IsString() @Length(3, 500) reason: string;
}
