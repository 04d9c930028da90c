import { css } from 'lit';

/**
 * `all: initial` on the host cuts the inherited styles a shop page would otherwise pass through the shadow
 * boundary (fonts, colours, line heights, text transforms); the shop themes the widget only through the
 * --tradein-* custom properties and the ::part() names documented in docs/widget.md.
 */
export const styles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--tradein-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', sans-serif);
    font-size: var(--tradein-font-size, 16px);
    line-height: 1.5;
    color: var(--tradein-color-text, #1d1d1f);
    background: var(--tradein-color-bg, #ffffff);
    border: 1px solid var(--tradein-color-border, #c9c9d1);
    border-radius: var(--tradein-radius, 12px);
    padding: var(--tradein-spacing, 16px);
    max-width: var(--tradein-max-width, 640px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.75em;
  }
  h3 {
    font-size: 1.05em;
    margin: 1em 0 0.5em;
  }
  h2:focus {
    outline: none;
  }
  p {
    margin: 0.5em 0;
  }
  form,
  fieldset {
    display: grid;
    gap: 0.75em;
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--tradein-color-border, #c9c9d1);
    border-radius: 8px;
    padding: 0.75em;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  label {
    display: grid;
    gap: 0.25em;
  }
  label.choice {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  input[type='text'],
  input[type='email'],
  input[type='search'],
  input[type='number'],
  select {
    font: inherit;
    color: inherit;
    background: var(--tradein-color-bg, #fff);
    padding: 0.5em 0.6em;
    border: 1px solid var(--tradein-color-border, #8a8a93);
    border-radius: 6px;
    min-height: 44px;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 44px;
    padding: 0.5em 1em;
    border-radius: var(--tradein-radius-button, 8px);
    border: 1px solid var(--tradein-color-primary, #0b57d0);
    color: var(--tradein-color-primary, #0b57d0);
    background: transparent;
  }
  button.primary {
    background: var(--tradein-color-primary, #0b57d0);
    color: var(--tradein-color-on-primary, #ffffff);
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  :focus-visible {
    outline: 3px solid var(--tradein-color-focus, #e37400);
    outline-offset: 2px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .list {
    list-style: none;
    padding: 0;
    margin: 0.5em 0;
    display: grid;
    gap: 0.5em;
  }
  .list button {
    width: 100%;
    text-align: start;
    display: flex;
    justify-content: space-between;
    gap: 1em;
  }
  .amount {
    font-size: 2em;
    font-weight: 700;
    margin: 0.25em 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  td {
    padding: 0.25em 0;
    border-bottom: 1px solid var(--tradein-color-border, #e2e2e8);
  }
  td:last-child {
    text-align: end;
    white-space: nowrap;
  }
  .error {
    border: 2px solid var(--tradein-color-error, #b3261e);
    color: var(--tradein-color-error, #b3261e);
    border-radius: 8px;
    padding: 0.75em;
    margin-bottom: 1em;
  }
  .muted {
    color: var(--tradein-color-muted, #5f5f6b);
  }
  li,
  code {
    overflow-wrap: anywhere;
  }
  ol.timeline {
    padding-inline-start: 1.25em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
