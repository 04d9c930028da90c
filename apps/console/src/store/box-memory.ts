/**
 * The boxes themselves come from the server (GET /v1/stores/{storeId}/boxes). The tab remembers only what
 * the server hands out once: the shipping label of each ship answer, and which trade-in each device taken
 * in at this counter belongs to, so a box can be filled by scanning the devices.
 */
const BOXES = 'console.boxes';
const DEVICES = 'console.deviceTradeIns';

export interface RememberedBox {
  id: string;
  label?: string;
  labelFormat?: string;
}

function read<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(sessionStorage.getItem(key) ?? 'null') as T | null) ?? fallback;
  } catch {
    return fallback;
  }
}

export function rememberedBoxes(): RememberedBox[] {
  return read<RememberedBox[]>(BOXES, []);
}
export function rememberBox(box: RememberedBox): void {
  const others = rememberedBoxes().filter((b) => b.id !== box.id);
  sessionStorage.setItem(BOXES, JSON.stringify([{ ...rememberedBoxes().find((b) => b.id === box.id), ...box }, ...others].slice(0, 20)));
}
export function rememberDevice(code: string, tradeInId: string): void {
  sessionStorage.setItem(DEVICES, JSON.stringify({ ...read<Record<string, string>>(DEVICES, {}), [code]: tradeInId }));
}
export function tradeInOfDevice(code: string): string | undefined {
  return read<Record<string, string>>(DEVICES, {})[code];
}
