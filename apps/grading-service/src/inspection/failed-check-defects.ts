/**
 * Defect code a failed check travels as in tradein.device.graded. quote-service reads `<X>_FAULTY` codes
 * (CONTROLLER_FAULTY, KEYBOARD_FAULTY, TRACKPAD_FAULTY) and treats SCREEN_/DISPLAY_ prefixes as cosmetic screen
 * findings, so a functional display fault must not carry that prefix.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  CONTROLLER_PAIRING: 'CONTROLLER_FAULTY',
  DISPLAY_TOUCH: 'TOUCHSCREEN_FAULTY',
  DISPLAY: 'PANEL_FAULTY',
  POWER: 'NO_POWER',
};

export function defectCodeForFailedCheck(checkCode: string): string {
  return SPECIAL[checkCode] ?? `${checkCode}_FAULTY`;
}
