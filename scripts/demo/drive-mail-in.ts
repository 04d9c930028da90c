import { demoIban } from './iban';
import { type MailInScenario } from './scenarios';
import { type DemoActors, type Tracked, customerEmail, money } from './tracked';

/** A mail-in trade-in from quote to wherever its scenario takes it before any deadline (see scenarios.ts). */
export async function driveMailIn(a: DemoActors, t: Tracked, s: MailInScenario): Promise<void> {
  const { f } = a;
  const payout: Record<string, string> = { method: s.payout };
  if (s.payout === 'BANK_TRANSFER')
    payout['destinationRef'] = (await f.bankDestination(demoIban(t.serial * 100 + t.no), 'Camille Martin')).destinationRef;
  const answers =
    s.declared === 'best'
      ? ('best' as const)
      : { ...(await f.answersFor('smartphone', 'best')), screen: 'light_scratches', body: 'light_wear' };
  const accepted = await f.quoteAndAccept({
    modelId: t.device.modelId,
    variantId: t.device.variantId,
    market: s.market,
    answers,
    payout,
    revisedOfferPolicy: s.policy ?? { policy: 'ASK' },
    customerEmail: customerEmail(t),
  });
  const id = accepted.tradeInId;
  t.tradeInId = id;
  a.progress(t, `accepted ${t.device.name} at ${money(accepted.quoted)}, ${s.payout}`);
  if (s.parcel === 'never-shipped') {
    await f.labelOf(id);
    a.progress(t, 'label issued; the parcel is never sent');
    return;
  }
  if (s.parcel === 'blocked-device') {
    await f.blockImei(t.imei, 'STOLEN', 'demo: reported stolen by its owner');
    a.progress(t, `IMEI ${t.imei} reported stolen`);
  }
  const trackingNumber = await f.shipToSite(id);
  const receipt = await f.dockReceipt(trackingNumber, s.parcel === 'empty' ? { empty: true, weightGrams: 60 } : { imei: t.imei });
  a.progress(
    t,
    `parcel ${trackingNumber} at the dock: ${receipt.outcome}${receipt.reasonCodes?.length ? ` (${receipt.reasonCodes.join(', ')})` : ''}`,
  );
  if (!s.grade) return;

  const graded = await f.grade(id, { ...s.grade, battery: 90, imei: t.imei });
  a.progress(
    t,
    `graded ${String(graded['cosmeticGrade'])}, functional ${String(graded['functionalGrade'])}, ${String(graded['disposition'])}`,
  );
  const offered = await f.stateOf(id, 'COUNTER_OFFERED', 'FINALIZED', 'PAID', 'COMPLETED');
  if (offered.state !== 'COUNTER_OFFERED') {
    a.progress(t, `final offer ${money(offered.offer?.amount)} (${offered.offer?.basis ?? 'final'})`);
    return;
  }
  a.progress(
    t,
    `revised offer ${money(offered.offer?.amount)} instead of ${money(offered.quotedAmount)} (${offered.offer?.reasonCodes.join(', ')})`,
  );
  if (!s.answer) return;
  await f.answerRevisedOffer(id, s.answer);
  a.progress(t, `the customer ${s.answer === 'accept' ? 'accepts' : 'declines'} the revised offer`);
  if (s.answer === 'decline') {
    const back = await f.returnToOwner(id);
    a.progress(t, `returned to its owner (${back})`);
  }
}
