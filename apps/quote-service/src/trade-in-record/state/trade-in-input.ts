/**
 * Everything that can happen to a trade-in, from the API (accept, cancel, customer answers), from deadlines,
 * from the final-offer decision, and from other services' events (by their type names).
 */
export type TradeInInput =
  | { readonly kind: 'QUOTE_ACCEPTED'; readonly fulfilment: 'MAIL_IN' | 'STORE' }
  | { readonly kind: 'QUOTE_EXPIRED' }
  | { readonly kind: 'SHIP_BY_PASSED' }
  | { readonly kind: 'CANCELLED' }
  | { readonly kind: 'LABEL_ISSUED' }
  | { readonly kind: 'SHIPMENT_IN_TRANSIT' }
  | { readonly kind: 'SHIPMENT_DELIVERED' }
  | { readonly kind: 'SHIPMENT_EXCEPTION' }
  | { readonly kind: 'DEVICE_RECEIVED' }
  | { readonly kind: 'STORE_DEVICE_ARRIVED' }
  | { readonly kind: 'DEVICE_QUARANTINED' }
  | { readonly kind: 'DEVICE_SUSPENDED' }
  | { readonly kind: 'DEVICE_RELEASED'; readonly releasedTo: 'TO_GRADING' | 'TO_OWNER' }
  | { readonly kind: 'DEVICE_GRADED'; readonly gradeId: string; readonly regrade: boolean }
  | { readonly kind: 'OFFER_FINALIZED' }
  | { readonly kind: 'OFFER_REVISED' }
  | { readonly kind: 'OFFER_DECLINED' }
  | { readonly kind: 'RETURN_SHIPPED' }
  | { readonly kind: 'RETURN_DELIVERED' }
  | { readonly kind: 'PAYOUT_COMPLETED' }
  | { readonly kind: 'PAYOUT_FAILED' }
  | { readonly kind: 'PAYOUT_HELD' }
  | { readonly kind: 'STOCK_ADDED' };

export type TradeInInputKind = TradeInInput['kind'];
