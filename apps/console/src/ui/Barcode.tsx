import { useEffect, useState } from 'react';

/**
 * A Code 128 barcode as inline SVG. bwip-js is loaded on demand (only print pages use it), so it stays out
 * of the initial bundle.
 */
export function Barcode({ value, label }: { value: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('bwip-js/browser').then((bwip) => {
      if (live) setSvg(bwip.toSVG({ bcid: 'code128', text: value, scale: 2, height: 10, includetext: true, textxalign: 'center' }));
    });
    return () => {
      live = false;
    };
  }, [value]);
  // The SVG is generated from our own value by bwip-js, never from markup a user typed.
  return svg ? (
    <div className="barcode" role="img" aria-label={label} data-testid="barcode" dangerouslySetInnerHTML={{ __html: svg }} />
  ) : (
    <div role="img" aria-label={label}>
      {value}
    </div>
  );
}
