import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { TrackingApi, WidgetApi, WidgetError } from './api';
import { emit } from './events';
import { acceptView, doneView, errorView, findView, offerView, questionsView, variantView } from './flow-views';
import { type Translate, pickLanguage, translator } from './i18n';
import { type Money, formatDate, formatMoney } from './money';
import { styles } from './styles';
import { trackView } from './track-view';
import { type Model, type Variant } from './types';
import { INITIAL_VIEW, type ViewModel, type ViewState } from './view-model';

/** The query parameter the tracking link carries; a page with it shows the tracking view. */
export const TRACK_PARAM = 'tradein_track';

/**
 * `<tradein-widget>`: trade-in inside a partner's page (docs/widget.md). It talks to quote-service with a
 * short-lived widget session token (given, or fetched from the partner's own token endpoint; never an API
 * key), in the shopper's language and the market's currency, and tells the page what happened through
 * composed DOM events.
 */
export class TradeinWidget extends LitElement implements ViewModel {
  static override styles = styles;
  static override properties = {
    sessionToken: { attribute: 'session-token' },
    tokenEndpoint: { attribute: 'token-endpoint' },
    apiBase: { attribute: 'api-base' },
    market: {},
    language: {},
    categories: {},
    program: {},
    mode: {},
    trackToken: { attribute: 'track-token' },
    trackUrl: { attribute: 'track-url' },
    v: { state: true },
  };

  declare sessionToken: string | null;
  declare tokenEndpoint: string | null;
  declare apiBase: string;
  declare market: string;
  declare language: string | null;
  declare categories: string | null;
  declare program: string | null;
  declare mode: string | null;
  declare trackToken: string | null;
  declare trackUrl: string | null;
  declare v: ViewState;

  private minted: { token: string; expiresAt: number } | null = null;
  private lastAction: (() => Promise<void>) | null = null;
  private api: { base: string; client: WidgetApi } | null = null;

  constructor() {
    super();
    this.sessionToken = null;
    this.tokenEndpoint = null;
    this.apiBase = '';
    this.market = 'FR';
    this.language = null;
    this.categories = null;
    this.program = null;
    this.mode = null;
    this.trackToken = null;
    this.trackUrl = null;
    this.v = INITIAL_VIEW;
  }

  get uiLang(): string {
    return pickLanguage(this.language ?? this.getAttribute('lang') ?? document.documentElement.lang);
  }

  get t(): Translate {
    return translator(this.uiLang);
  }

  money(m: Money): string {
    return formatMoney(m, this.market);
  }

  date(iso: string): string {
    return formatDate(iso, this.uiLang);
  }

  set(patch: Partial<ViewState>): void {
    this.v = { ...this.v, ...patch };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = new URLSearchParams(location.search).get(TRACK_PARAM);
    if (this.mode === 'track' || this.trackToken || fromUrl) {
      this.set({ step: 'track' });
      void this.run(() => this.loadTracking());
    } else {
      void this.run(() => this.loadCategories());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const before = changed.get('v') as ViewState | undefined;
    if (before && before.step !== this.v.step) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    // A new error is shown above the step, often off a phone's screen after a tap at the bottom: bring it into view,
    // with focus on its way out (Try again, Start over…) when it has one.
    else if (before && this.v.error && before.error !== this.v.error) {
      const alert = this.renderRoot.querySelector<HTMLElement>('[part="error"]');
      const action = alert?.querySelector<HTMLElement>('button');
      if (action) action.focus();
      else alert?.scrollIntoView({ block: 'nearest' });
    }
    // A host page that answers tradein:error (SESSION_EXPIRED) with a fresh session-token resumes at once.
    if (changed.has('sessionToken') && changed.get('sessionToken') !== undefined && this.v.error?.code === 'SESSION_EXPIRED') {
      this.startOver();
    }
  }

  protected override render(): TemplateResult {
    const views = {
      find: findView,
      variant: variantView,
      questions: questionsView,
      offer: offerView,
      accept: acceptView,
      done: doneView,
      track: trackView,
    };
    return html`<div part="container" lang=${this.uiLang} aria-busy=${this.v.busy ? 'true' : 'false'}>
      ${errorView(this)}${views[this.v.step](this)}
    </div>`;
  }

  // ---- actions (each through run(): busy flag, errors shown and announced, retry remembered) ----

  search(): void {
    void this.run(async () => {
      const allowed = this.allowedCategories();
      const models = await this.client().models(this.market, this.v.query.trim(), this.v.category);
      this.set({ results: allowed ? models.filter((m) => allowed.includes(m.category)) : models });
    });
  }

  chooseModel(model: Model): void {
    this.set({ model, variant: null, step: 'variant', error: null });
  }

  chooseVariant(variant: Variant): void {
    void this.run(async () => {
      const model = this.v.model as Model;
      // The catalog says so before any quote: no price in this market.
      if (variant.price === null) throw new WidgetError('UNPRICED', null, [], `${model.id}/${variant.id} has no price in ${this.market}`);
      const kept = this.v.questionnaire;
      // Asked again when the category or the page's language changed since.
      const questionnaire =
        kept?.category === model.category && kept.language === this.uiLang
          ? kept
          : await this.client().questionnaire(model.category, this.uiLang);
      this.set({ variant, questionnaire, answers: this.v.variant?.id === variant.id ? this.v.answers : {}, step: 'questions' });
    });
  }

  getOffer(): void {
    const key = crypto.randomUUID(); // kept by a retry of this very request
    void this.run(async () => {
      const { model, variant, answers } = this.v;
      if (!model || !variant) return;
      const quote = await this.client().quote({ modelId: model.id, variantId: variant.id, market: this.market, answers }, key);
      this.set({ quote, step: 'offer' });
      emit(this, 'tradein:quoted', {
        quoteId: quote.id,
        tradeInId: quote.tradeInId,
        device: { modelId: model.id, variantId: variant.id, name: `${model.brand} ${model.name}` },
        amount: quote.amount,
        expiresAt: quote.expiresAt,
      });
    });
  }

  accept(): void {
    const key = crypto.randomUUID(); // a retry after a lost answer replays the acceptance, never repeats it
    void this.run(async () => {
      const quote = this.v.quote;
      if (!quote) return;
      const tradeIn = await this.client().accept(quote.id, this.v.form, key);
      const link = await this.client().trackingLink(tradeIn.id);
      const url = new URL(this.trackUrl ?? location.href, location.href);
      url.searchParams.set(TRACK_PARAM, link.token);
      this.set({ tradeIn, trackingUrl: url.toString(), step: 'done' });
      emit(this, 'tradein:accepted', {
        quoteId: quote.id,
        tradeInId: tradeIn.id,
        amount: quote.amount,
        payoutMethod: this.v.form.payout,
        shipBy: tradeIn.shipBy,
        trackingUrl: url.toString(),
      });
    });
  }

  startOver(): void {
    this.minted = null;
    this.v = { ...INITIAL_VIEW, categories: this.v.categories };
    void this.run(() => this.loadCategories());
  }

  /** The recovery each error offers: a fresh session, a fresh quote, another device, or the same step again. */
  recover(): void {
    const e = this.v.error;
    if (!e) return;
    if (e.code === 'SESSION_EXPIRED') return this.startOver();
    if (e.code === 'QUOTE_EXPIRED') return this.getOffer();
    if (e.code === 'UNPRICED') return this.set({ error: null, step: this.v.model ? 'variant' : 'find' });
    const again = this.lastAction;
    if (again) void this.run(again);
  }

  answerRevised(answer: 'accept' | 'decline'): void {
    const key = crypto.randomUUID();
    void this.run(async () => this.set({ tracking: await this.tracking().answer(answer, key) }));
  }

  downloadLabel(): void {
    void this.run(async () => {
      const l = await this.tracking().label();
      const pdf = l.format === 'PDF';
      const bytes = pdf ? Uint8Array.from(atob(l.label), (c) => c.charCodeAt(0)) : new TextEncoder().encode(l.label);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([bytes], { type: pdf ? 'application/pdf' : 'text/plain' }));
      a.download = `label.${pdf ? 'pdf' : 'zpl'}`;
      a.click();
      URL.revokeObjectURL(a.href);
    });
  }

  // ---- plumbing ----

  private async run(action: () => Promise<void>): Promise<void> {
    this.lastAction = action;
    this.set({ busy: true, error: null });
    try {
      await action();
      this.set({ busy: false });
    } catch (err) {
      const e = err instanceof WidgetError ? err : new WidgetError('UNEXPECTED', null, [], String(err));
      if (e.code === 'SESSION_EXPIRED') this.minted = null;
      this.set({ busy: false, error: e });
      emit(this, 'tradein:error', { code: e.code, status: e.status, message: e.message });
    }
  }

  private async loadCategories(): Promise<void> {
    const allowed = this.allowedCategories();
    const all = await this.client().categories();
    this.set({
      categories: allowed ? all.filter((c) => allowed.includes(c.category)) : all,
      category: allowed?.length === 1 ? (allowed[0] ?? '') : '',
    });
  }

  private async loadTracking(): Promise<void> {
    this.set({ tracking: await this.tracking().view() });
  }

  private allowedCategories(): string[] | null {
    const list = (this.categories ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    return list.length ? list : null;
  }

  /** One client per api-base (the attribute may change). */
  private client(): WidgetApi {
    if (this.api?.base !== this.apiBase) this.api = { base: this.apiBase, client: new WidgetApi(this.apiBase, () => this.token()) };
    return this.api.client;
  }

  private tracking(): TrackingApi {
    const token = this.trackToken ?? new URLSearchParams(location.search).get(TRACK_PARAM);
    if (!token) throw new WidgetError('LINK', null, [], 'no tracking token');
    return new TrackingApi(this.apiBase, token);
  }

  /** The session token: the attribute, or one minted by the partner's own endpoint (same origin, its cookies). */
  private async token(): Promise<string> {
    if (this.sessionToken) return this.sessionToken;
    if (!this.tokenEndpoint) throw new WidgetError('SESSION_EXPIRED', null, [], 'set session-token or token-endpoint');
    if (this.minted && this.minted.expiresAt > Date.now() + 30_000) return this.minted.token;
    let res: Response;
    try {
      res = await fetch(this.tokenEndpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ market: this.market, ...(this.program ? { programId: this.program } : {}) }),
      });
    } catch (err) {
      throw new WidgetError('NETWORK', null, [], String(err));
    }
    if (!res.ok) throw new WidgetError(res.status === 401 || res.status === 403 ? 'SESSION_EXPIRED' : 'UNEXPECTED', res.status);
    const body = (await res.json()) as { token: string; expiresAt?: string; expiresIn?: number };
    this.minted = {
      token: body.token,
      expiresAt: body.expiresAt ? Date.parse(body.expiresAt) : Date.now() + (body.expiresIn ?? 900) * 1000,
    };
    return body.token;
  }
}
