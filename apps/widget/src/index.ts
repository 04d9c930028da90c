import { TradeinWidget } from './tradein-widget';

export { TradeinWidget };
export type { AcceptedDetail, ErrorDetail, QuotedDetail, TradeinEventMap } from './events';

if (!customElements.get('tradein-widget')) customElements.define('tradein-widget', TradeinWidget);

declare global {
  interface HTMLElementTagNameMap {
    'tradein-widget': TradeinWidget;
  }
}
