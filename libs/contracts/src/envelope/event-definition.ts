/** A payload class: class-validator decorators on its properties are the contract. */
export type PayloadClass<P extends object = object> = new () => P;

export type ServiceName = 'quote-service' | 'intake-service' | 'grading-service' | 'payout-service';

export interface EventDefinition<P extends object = object> {
  /** `tradein.<area>.<event>` */
  readonly type: string;
  /** Major version; a breaking payload change gets a new definition with version + 1. */
  readonly version: number;
  readonly topic: string;
  readonly payload: PayloadClass<P>;
  readonly producer: ServiceName;
  readonly description: string;
}

export function defineEvent<P extends object>(def: Omit<EventDefinition<P>, 'topic'>): EventDefinition<P> {
  return Object.freeze({ ...def, topic: topicFor(def.type, def.version) });
}

export function topicFor(type: string, version: number): string {
  return `${type}.v${version}`;
}

export function deadLetterTopicFor(topic: string): string {
  return `${topic}.dlt`;
}
