import { type WidgetError } from './api';
import { type Translate } from './i18n';
import {
  type AcceptForm,
  type Category,
  type Model,
  type Questionnaire,
  type Quote,
  type TradeIn,
  type TrackingView,
  type Variant,
} from './types';

export type Step = 'find' | 'variant' | 'questions' | 'offer' | 'accept' | 'done' | 'track';

/** Everything the widget shows; replaced as a whole on each change so Lit re-renders. */
export interface ViewState {
  step: Step;
  busy: boolean;
  error: WidgetError | null;
  categories: Category[];
  category: string;
  query: string;
  results: Model[] | null;
  model: Model | null;
  variant: Variant | null;
  questionnaire: Questionnaire | null;
  answers: Record<string, string>;
  quote: Quote | null;
  form: AcceptForm;
  tradeIn: TradeIn | null;
  trackingUrl: string | null;
  tracking: TrackingView | null;
}

export const INITIAL_VIEW: ViewState = {
  step: 'find',
  busy: false,
  error: null,
  categories: [],
  category: '',
  query: '',
  results: null,
  model: null,
  variant: null,
  questionnaire: null,
  answers: {},
  quote: null,
  form: { name: '', email: '', payout: 'PARTNER_CREDIT', policy: 'ASK', withinPercent: 10 },
  tradeIn: null,
  trackingUrl: null,
  tracking: null,
};

/** What the templates may read and call (the element implements it). */
export interface ViewModel {
  readonly v: ViewState;
  readonly t: Translate;
  readonly market: string;
  readonly uiLang: string;
  money(m: { amountMinor: string; currency: string }): string;
  date(iso: string): string;
  set(patch: Partial<ViewState>): void;
  search(): void;
  chooseModel(m: Model): void;
  chooseVariant(v: Variant): void;
  getOffer(): void;
  accept(): void;
  startOver(): void;
  recover(): void;
  answerRevised(a: 'accept' | 'decline'): void;
  downloadLabel(): void;
}
