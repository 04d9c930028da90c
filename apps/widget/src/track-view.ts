import { html, nothing, type TemplateResult } from 'lit';
import { has } from './i18n';
import { type TrackingView } from './types';
import { type ViewModel } from './view-model';

/** A code in plain words (the code itself when this version has no words for it yet). */
function words(m: ViewModel, key: string, code: string): string {
  return has(key) ? m.t(key) : code;
}

const stateWords = (m: ViewModel, state: string): string => words(m, `s_${state}`, state);

/** What the customer's pre-chosen policy does once the answer window has passed. */
function policyWords(m: ViewModel, p: TrackingView['revisedOfferPolicy']): string {
  if (p?.policy === 'AUTO_ACCEPT_WITHIN') return m.t('policyAuto', String(p.withinPercent ?? 0));
  return m.t('policyAsk');
}

function revisedOffer(m: ViewModel, tv: TrackingView): TemplateResult | typeof nothing {
  const o = tv.offer;
  // A revised offer stays on show once answered (it is then the FINAL offer, with the answer recorded).
  if (!o || (o.kind !== 'REVISED' && !o.answer)) return nothing;
  const { t, v } = m;
  const g = tv.grading;
  const answered = o.answer ? `answered_${o.answer}` : '';
  return html`<section part="revised-offer" aria-labelledby="revised">
    <h3 id="revised">${t('revised')}</h3>
    <p class="amount" part="offer-amount">${m.money(o.amount)}</p>
    <p class="muted"><s>${m.money(tv.quotedAmount)}</s></p>
    <h3>${t('reasons')}</h3>
    <ul>
      ${o.reasonCodes.map((r) => html`<li>${words(m, `r_${r}`, r)}</li>`)}
    </ul>
    ${
      g
        ? html`<h3>${t('evidence')}</h3>
            <ul part="evidence">
              <li>${t('grade', g.cosmeticGrade)}</li>
              ${g.batteryHealthPercent !== null ? html`<li>${t('battery', String(g.batteryHealthPercent))}</li>` : nothing}
              ${g.defectCodes.map((d) => html`<li>${d}</li>`)} ${g.missingAccessories.map((a) => html`<li>${a}</li>`)}
              ${g.evidenceRefs.map((r) => html`<li><code>${r}</code></li>`)}
            </ul>`
        : nothing
    }
    ${
      tv.canAnswer
        ? html` ${tv.respondBy ? html`<p><strong>${t('answerBy', m.date(tv.respondBy))}</strong></p>` : nothing}
            <div class="row">
              <button
                part="button button-primary"
                class="primary"
                type="button"
                ?disabled=${v.busy}
                @click=${() => m.answerRevised('accept')}
              >
                ${t('acceptRevised')}
              </button>
              <button part="button" type="button" ?disabled=${v.busy} @click=${() => m.answerRevised('decline')}>
                ${t('declineRevised')}
              </button>
            </div>`
        : answered && has(answered)
          ? html`<p role="status">${t(answered)}</p>`
          : html`<p role="status">${t('windowClosed', policyWords(m, tv.revisedOfferPolicy))}</p>`
    }
  </section>`;
}

export function trackView(m: ViewModel): TemplateResult {
  const { t, v } = m;
  const tv = v.tracking;
  if (!tv)
    return html`<h2 part="heading" tabindex="-1">${t('tracking')}</h2>
      ${v.error ? nothing : html`<p role="status">${t('loading')}</p>`}`;
  return html`<h2 part="heading" tabindex="-1">${t('tracking')}${t('colon')}${tv.device.name}</h2>
    <p role="status"><strong>${stateWords(m, tv.state)}</strong></p>
    ${tv.shipBy && ['ACCEPTED', 'IN_TRANSIT'].includes(tv.state) ? html`<p>${t('shipBy', m.date(tv.shipBy))}</p>` : nothing}
    ${
      tv.label
        ? html`<p>${t('label', tv.label.carrier, tv.label.trackingNumber)}</p>
            ${tv.label.available ? html`<button part="button" type="button" @click=${() => m.downloadLabel()}>${t('downloadLabel')}</button>` : nothing}`
        : tv.state === 'ACCEPTED'
          ? html`<p class="muted">${t('noLabel')}</p>`
          : nothing
    }
    ${revisedOffer(m, tv)}
    <ol class="timeline" part="timeline">
      ${tv.timeline.map((e) => html`<li><time datetime=${e.at}>${m.date(e.at)}</time>${t('colon')}${stateWords(m, e.state)}</li>`)}
    </ol>`;
}
