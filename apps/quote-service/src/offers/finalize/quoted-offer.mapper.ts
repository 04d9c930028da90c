import { type DeviceCategory, type CurrencyCode } from '@tradein/contracts';
import { type CatalogModel } from '../../catalog/catalog.model';
import { questionnaireFor } from '../../catalog/questionnaires/questionnaires.seed';
import { toBonusProgram } from '../../partners/bonus-mapping';
import { type QuoteEntity } from '../../trade-in-record/quote.entity';
import { type QuotedOffer } from '../final-offer/decide-final-offer';

/** What a stored quote locked in, in the shape the final-offer rules reprice from. */
export function quotedOfferOf(quote: QuoteEntity, fulfilment: 'MAIL_IN' | 'STORE', model: CatalogModel | undefined): QuotedOffer {
  const questionnaire = questionnaireFor(quote.category as DeviceCategory, quote.questionnaireVersion);
  if (!questionnaire) throw new Error(`questionnaire ${quote.category} v${quote.questionnaireVersion} is not known to this build`);
  const snapshot = quote.programSnapshot;
  return {
    fulfilment,
    category: quote.category as DeviceCategory,
    currency: quote.currency as CurrencyCode,
    baseMinor: quote.baseMinor,
    questionnaire,
    declaredAnswers: quote.answers,
    includedAccessories: model?.includedAccessories ?? [],
    program: snapshot ? toBonusProgram(snapshot.programId, snapshot) : null,
    pricedAt: quote.pricedAt,
    quotedDeviceValueMinor: quote.deviceValueMinor,
    quotedBonusMinor: quote.bonusMinor,
    quotedTotalMinor: quote.totalMinor,
  };
}
