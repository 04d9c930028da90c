/**
 * Serial numbers for devices without an IMEI (consoles, Wi-Fi tablets and watches, laptops). Formats are
 * data: one rule per brand where the format is known, a generic rule otherwise. A serial cannot name the
 * model, so it only proves the reading is plausible; the model check then rests on the grader's eyes.
 */
export interface SerialFormat {
  readonly brand: string;
  readonly pattern: RegExp;
  readonly description: string;
}

export const SERIAL_FORMATS: readonly SerialFormat[] = [
  // Apple: 11 (before 2010) or 12 characters (2010–2021), then 10 randomised characters since 2021.
  { brand: 'apple', pattern: /^(?:[A-Z0-9]{10}|[A-Z0-9]{11}|[A-Z0-9]{12})$/, description: '10 to 12 letters or digits' },
  // Samsung: 11 characters, a letter for the factory first (R for Vietnam, the most common).
  { brand: 'samsung', pattern: /^[A-Z][A-Z0-9]{10}$/, description: 'a letter then 10 letters or digits' },
  // Nintendo Switch family: X + two letters (region and model), then 11 digits.
  { brand: 'nintendo', pattern: /^X[A-Z]{2}\d{11}$/, description: 'X, two letters, then 11 digits' },
  // Xbox consoles: 12 digits on the back label and in the console settings.
  { brand: 'microsoft', pattern: /^\d{12}$/, description: '12 digits' },
  // PlayStation: two letters (manufacturing code) then 9 to 15 digits.
  { brand: 'sony', pattern: /^[A-Z]{1,2}\d{9,15}$/, description: 'one or two letters then 9 to 15 digits' },
];

const GENERIC: SerialFormat = { brand: '*', pattern: /^[A-Z0-9]{6,20}$/, description: '6 to 20 letters or digits' };

export type SerialParse = { ok: true; serialNumber: string; brand: string } | { ok: false; reason: 'EMPTY' | 'FORMAT'; message: string };

/** Labels are printed with spaces or dashes and read case-insensitively; normalise before matching. */
export function normaliseSerial(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

export function serialFormatFor(brand: string | undefined): SerialFormat {
  const key = brand?.toLowerCase();
  return SERIAL_FORMATS.find((f) => f.brand === key) ?? GENERIC;
}

export function parseSerialNumber(input: string, brand?: string): SerialParse {
  const serial = normaliseSerial(input);
  if (!serial) return { ok: false, reason: 'EMPTY', message: 'serialNumber is empty' };
  const format = serialFormatFor(brand);
  if (!format.pattern.test(serial)) {
    const whose = format.brand === '*' ? 'a serial number' : `a ${format.brand} serial number`;
    return { ok: false, reason: 'FORMAT', message: `serialNumber must be ${whose}: ${format.description}` };
  }
  return { ok: true, serialNumber: serial, brand: format.brand };
}

/** The brand a catalog model id starts with (`apple-iphone-13` → `apple`), when it is one we know. */
export function brandOfModelId(modelId: string): string | undefined {
  const head = modelId.toLowerCase().split(/[-_:]/)[0];
  return SERIAL_FORMATS.some((f) => f.brand === head) ? head : undefined;
}
