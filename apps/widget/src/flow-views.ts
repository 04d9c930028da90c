import { html, nothing, type TemplateResult } from 'lit';
import { has } from './i18n';
import { type BreakdownLine, type Model, type Variant } from './types';
import { type ViewModel } from './view-model';

const variantName = (v: Variant): string =>
  [v.edition, v.storageGb ? `${v.storageGb} GB` : '', v.connectivity].filter(Boolean).join(' · ') || v.id;

/** A category in the shopper's language (the code for one this version does not know). */
function categoryName(m: ViewModel, category: string): string {
  const key = `cat_${category}`;
  return has(key) ? m.t(key) : category;
}

const heading = (text: string): TemplateResult => html`<h2 part="heading" tabindex="-1">${text}</h2>`;

export function findView(m: ViewModel): TemplateResult {
  const { v, t } = m;
  const submit = (e: Event) => {
    e.preventDefault();
    m.search();
  };
  return html`${heading(t('title'))}
    <form role="search" @submit=${submit}>
      <div class="row">
        <label
          >${t('search')}
          <input
            part="input"
            type="search"
            name="q"
            .value=${v.query}
            autocomplete="off"
            @input=${(e: Event) => m.set({ query: (e.target as HTMLInputElement).value })}
        /></label>
        <label
          >${t('category')}
          <select
            part="input"
            name="category"
            .value=${v.category}
            @change=${(e: Event) => m.set({ category: (e.target as HTMLSelectElement).value })}
          >
            <option value="">${t('allCategories')}</option>
            ${v.categories.map((c) => html`<option value=${c.category} ?selected=${c.category === v.category}>${categoryName(m, c.category)}</option>`)}
          </select></label
        >
        <button part="button button-primary" class="primary" type="submit" ?disabled=${v.busy}>${t('searchButton')}</button>
      </div>
    </form>
    ${
      v.results === null
        ? nothing
        : v.results.length === 0
          ? html`<p role="status">${t('noResults')}</p>`
          : html` <ul class="list" aria-label=${t('search')}>
              ${v.results.map(
                (model: Model) =>
                  html`<li>
                    <button part="button" type="button" @click=${() => m.chooseModel(model)}>
                      <span>${model.brand} ${model.name}</span><span class="muted">${categoryName(m, model.category)}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
    }`;
}

export function variantView(m: ViewModel): TemplateResult {
  const { v, t } = m;
  const model = v.model as Model;
  return html`${heading(`${model.brand} ${model.name}`)}
    <p>${t('chooseVariant')}</p>
    <ul class="list">
      ${model.variants.map(
        (variant) =>
          html`<li>
            <button part="button" type="button" ?disabled=${v.busy} @click=${() => m.chooseVariant(variant)}>
              <span>${variantName(variant)}</span>
              <span class="muted">${variant.price ? t('upTo', m.money(variant.price)) : t('notBought')}</span>
            </button>
          </li>`,
      )}
    </ul>
    <button part="button" type="button" @click=${() => m.set({ step: 'find', error: null })}>${t('back')}</button>`;
}

export function questionsView(m: ViewModel): TemplateResult {
  const { v, t } = m;
  const q = v.questionnaire;
  if (!q) return html`<p role="status">${t('loading')}</p>`;
  const submit = (e: Event) => {
    e.preventDefault();
    m.getOffer();
  };
  return html`${heading(t('questions'))}
    <form @submit=${submit}>
      ${q.questions.map(
        (question) =>
          html`<fieldset part="fieldset">
            <legend>${question.label}</legend>
            ${question.options.map(
              (o) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name=${question.code}
                    value=${o.code}
                    required
                    .checked=${v.answers[question.code] === o.code}
                    @change=${() => m.set({ answers: { ...v.answers, [question.code]: o.code } })}
                  />${o.label}</label
                >`,
            )}
          </fieldset>`,
      )}
      <div class="row">
        <button part="button" type="button" @click=${() => m.set({ step: 'variant', error: null })}>${t('back')}</button>
        <button part="button button-primary" class="primary" type="submit" ?disabled=${v.busy}>${t('getOffer')}</button>
      </div>
    </form>`;
}

function lineLabel(m: ViewModel, l: BreakdownLine): string {
  const { t } = m;
  if (l.kind === 'BASE') return t('base');
  if (l.kind === 'BONUS') return t('bonus');
  if (l.kind === 'ROUNDING') return t('rounding');
  if (l.kind === 'FLOOR') return t('floor');
  const q = m.v.questionnaire?.questions.find((x) => x.code === l.question);
  const o = q?.options.find((x) => x.code === l.answer);
  return q ? `${q.label}${t('colon')}${o?.label ?? l.answer ?? ''}` : l.code;
}

export function offerView(m: ViewModel): TemplateResult {
  const { v, t } = m;
  const quote = v.quote;
  if (!quote) return html``;
  return html`${heading(t('offer'))}
    <p class="amount" part="offer-amount">${m.money(quote.amount)}</p>
    <p>${t('validUntil', m.date(quote.expiresAt))}</p>
    <h3>${t('breakdown')}</h3>
    <table part="breakdown">
      <tbody>
        ${quote.breakdown
          .filter((l) => l.amount.amountMinor !== '0')
          .map(
            (l) =>
              html`<tr>
                <td>${lineLabel(m, l)}</td>
                <td>${m.money(l.amount)}</td>
              </tr>`,
          )}
      </tbody>
    </table>
    <div class="row">
      <button part="button" type="button" @click=${() => m.set({ step: 'questions', error: null })}>${t('back')}</button>
      <button part="button button-primary" class="primary" type="button" @click=${() => m.set({ step: 'accept', error: null })}>
        ${t('acceptOffer')}
      </button>
    </div>`;
}

export function acceptView(m: ViewModel): TemplateResult {
  const { v, t } = m;
  const f = v.form;
  const patch = (p: Partial<typeof f>) => m.set({ form: { ...f, ...p } });
  const invalid = (field: string) => (v.error?.fields.some((x) => x.startsWith(field)) ? 'true' : 'false');
  const submit = (e: Event) => {
    e.preventDefault();
    m.accept();
  };
  return html`${heading(t('details'))}
    <p>${v.quote ? m.money(v.quote.amount) : ''}</p>
    <form @submit=${submit}>
      <label
        >${t('name')}<input
          part="input"
          type="text"
          name="name"
          autocomplete="name"
          required
          maxlength="120"
          .value=${f.name}
          aria-invalid=${invalid('customer.name')}
          @input=${(e: Event) => patch({ name: (e.target as HTMLInputElement).value })}
      /></label>
      <label
        >${t('email')}<input
          part="input"
          type="email"
          name="email"
          autocomplete="email"
          required
          .value=${f.email}
          aria-invalid=${invalid('customer.email')}
          @input=${(e: Event) => patch({ email: (e.target as HTMLInputElement).value })}
      /></label>
      <fieldset part="fieldset">
        <legend>${t('payout')}</legend>
        ${(['PARTNER_CREDIT', 'GIFT_CARD'] as const).map(
          (p) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="payout"
                value=${p}
                .checked=${f.payout === p}
                @change=${() => patch({ payout: p })}
              />${t(p)}</label
            >`,
        )}
      </fieldset>
      <fieldset part="fieldset">
        <legend>${t('policy')}</legend>
        <label class="choice"
          ><input
            type="radio"
            name="policy"
            value="ASK"
            .checked=${f.policy === 'ASK'}
            @change=${() => patch({ policy: 'ASK' })}
          />${t('ASK')}</label
        >
        <label class="choice"
          ><input
            type="radio"
            name="policy"
            value="AUTO_ACCEPT_WITHIN"
            .checked=${f.policy === 'AUTO_ACCEPT_WITHIN'}
            @change=${() => patch({ policy: 'AUTO_ACCEPT_WITHIN' })}
          />${t('AUTO')}</label
        >
        ${
          f.policy === 'AUTO_ACCEPT_WITHIN'
            ? html`<label
                >${t('percent')}<input
                  part="input"
                  type="number"
                  name="withinPercent"
                  min="1"
                  max="50"
                  required
                  .value=${String(f.withinPercent)}
                  @input=${(e: Event) => patch({ withinPercent: Number((e.target as HTMLInputElement).value) })}
              /></label>`
            : nothing
        }
      </fieldset>
      <div class="row">
        <button part="button" type="button" @click=${() => m.set({ step: 'offer', error: null })}>${t('back')}</button>
        <button part="button button-primary" class="primary" type="submit" ?disabled=${v.busy}>${t('confirm')}</button>
      </div>
    </form>`;
}

export function doneView(m: ViewModel): TemplateResult {
  const { v, t } = m;
  return html`${heading(t('done'))} ${v.quote ? html`<p class="amount" part="offer-amount">${m.money(v.quote.amount)}</p>` : nothing}
    ${v.tradeIn?.shipBy ? html`<p><strong>${t('shipBy', m.date(v.tradeIn.shipBy))}</strong></p>` : nothing}
    <p>${t('nextSteps')}</p>
    ${v.trackingUrl ? html`<p><a part="link" href=${v.trackingUrl}>${t('trackLink')}</a></p>` : nothing}
    <button part="button" type="button" @click=${() => m.startOver()}>${t('startOver')}</button>`;
}

export function errorView(m: ViewModel): TemplateResult | typeof nothing {
  const e = m.v.error;
  if (!e) return nothing;
  const { t } = m;
  const key = `err_${e.code}`;
  const text = e.code === 'INVALID' ? t('err_INVALID', e.fields.join(', ') || e.message) : has(key) ? t(key) : t('err_UNEXPECTED');
  const action =
    e.code === 'SESSION_EXPIRED'
      ? t('startOver')
      : e.code === 'QUOTE_EXPIRED'
        ? t('getOffer')
        : e.code === 'UNPRICED'
          ? t('back')
          : t('retry');
  return html`<div class="error" part="error" role="alert">
    <p>${text}</p>
    ${e.code === 'LINK' || e.code === 'INVALID' ? nothing : html`<button part="button" type="button" @click=${() => m.recover()}>${action}</button>`}
  </div>`;
}
