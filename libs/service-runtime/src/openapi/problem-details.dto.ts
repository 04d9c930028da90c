import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One bad input: which field (dotted path, header or query name) and why. */
export class ProblemField {
  @ApiProperty({ example: 'answers.screen' })
  field: string;

  @ApiProperty({ example: 'must be one of: flawless, scratched, cracked' })
  reason: string;
}

/**
 * The body of every error (RFC 9457), exactly what ProblemDetailsFilter sends: clients branch on
 * `code`, never on `detail`, which is for humans.
 */
export class ProblemDetails {
  @ApiProperty({ example: 'https://tradein.example/problems/validation-failed' })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  status: number;

  @ApiProperty({ description: 'Stable machine-readable code, e.g. VALIDATION_FAILED, NOT_FOUND, RATE_LIMITED.', example: 'VALIDATION_FAILED' })
  code: string;

  @ApiProperty({ example: 'answers.screen: must be one of: flawless, scratched, cracked' })
  detail: string;

  @ApiProperty({ description: 'The path of the request that failed.', example: '/v1/quotes' })
  instance: string;

  @ApiPropertyOptional({ type: [ProblemField], description: 'Each bad field and why (validation errors).' })
  errors?: ProblemField[];

  @ApiPropertyOptional({ description: 'Quote it when reporting a problem.', example: 'req-1a2b' })
  requestId?: string;
}
