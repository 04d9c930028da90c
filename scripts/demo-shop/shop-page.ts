/** The demo shop's trade-in page: a console maker's page whose own CSS is deliberately hostile to embedded widgets. */
export interface ShopPageOptions {
  quoteUrl: string;
  market: string;
  lang: string;
  categories: string;
  /** Set only to try a given session token (the expired-session check); normally the token endpoint is used. */
  sessionToken?: string;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function shopPage(o: ShopPageOptions): string {
  const auth = o.sessionToken ? `session-token="${esc(o.sessionToken)}"` : 'token-endpoint="/api/tradein-session"';
  return `<!doctype html>
<html lang="${esc(o.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NovaPlay Consoles: trade in your old console</title>
<style>
  /* The shop's own theme: global rules that would wreck any widget living in the page's DOM. */
  body { font: 22px/1 "Times New Roman", serif; color: #ff00ff; text-transform: uppercase; letter-spacing: 4px; background: #111; }
  main { max-width: 720px; margin: 0 auto; background: #fff; padding: 1rem; }
  button { display: none !important; }
  input, select { visibility: hidden !important; }
  h2 { font-size: 72px !important; transform: rotate(8deg); }
  div, p, li, label { border: 6px dashed red !important; }
  * { box-sizing: content-box; }
  /* Theming the widget the supported way: custom properties and parts. */
  tradein-widget { --tradein-color-primary: #003791; --tradein-radius: 4px; margin: 1rem 0; }
  tradein-widget::part(button-primary) { border-radius: 24px; }
  #basket { font: 16px system-ui, sans-serif; text-transform: none; letter-spacing: 0; color: #111; }
</style>
<script type="module" src="/tradein-widget.js"></script>
</head>
<body>
<main>
  <h1>NovaPlay: trade in your old console</h1>
  <p id="basket">Basket: NovaPlay 6 Pro, <span id="credit">no trade-in credit yet</span></p>
  <tradein-widget api-base="${esc(o.quoteUrl)}" ${auth} market="${esc(o.market)}" language="${esc(o.lang)}"${o.categories ? ` categories="${esc(o.categories)}"` : ''}></tradein-widget>
  <h2>Events</h2>
  <ol id="events"></ol>
</main>
<script>
  // The shop listens to the widget's events: an accepted trade-in becomes credit in the basket.
  window.tradeinEvents = [];
  for (const type of ['tradein:quoted', 'tradein:accepted', 'tradein:error']) {
    document.addEventListener(type, (e) => {
      window.tradeinEvents.push({ type, detail: e.detail });
      const li = document.createElement('li');
      li.textContent = type + ' ' + JSON.stringify(e.detail);
      document.getElementById('events').append(li);
      if (type === 'tradein:accepted' && e.detail.payoutMethod === 'PARTNER_CREDIT') {
        document.getElementById('credit').textContent = 'trade-in credit ' + e.detail.amount.amountMinor + ' ' + e.detail.amount.currency + ' (minor units)';
      }
    });
  }
</script>
</body>
</html>
`;
}
