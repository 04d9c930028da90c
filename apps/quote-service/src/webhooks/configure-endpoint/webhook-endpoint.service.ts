import { lookup } from 'node:dns/promises';
import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock, InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { QuoteConfig } from '../../config/quote.config';
import { PartnerEntity } from '../../partners/partner.entity';
import { SecretBox } from '../../shared/secret-box';
import { checkWebhookUrl, isInternalAddress } from '../signing/webhook-url-policy';
import { WebhookEndpointEntity } from '../webhook.entity';

/** A partner's webhook endpoint: URL checked (https, public address) and a fresh signing secret shown once. */
@Injectable()
export class WebhookEndpointService {
  private readonly box: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: QuoteConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.box = new SecretBox(config.QUOTE_SECRET_KEY);
  }

  async configure(partnerId: string, url: string) {
    const allowLocal = this.config.allowInsecureWebhooks();
    const problem = checkWebhookUrl(url, allowLocal);
    if (problem) throw new InvalidFieldError('url', problem, 'WEBHOOK_URL_REJECTED');
    if (!allowLocal) {
      const addresses = await lookup(new URL(url).hostname, { all: true }).catch(() => []);
      if (!addresses.length) throw new InvalidFieldError('url', 'host name does not resolve', 'WEBHOOK_URL_REJECTED');
      if (addresses.some((a) => isInternalAddress(a.address)))
        throw new InvalidFieldError('url', 'resolves to a private or loopback address', 'WEBHOOK_URL_REJECTED');
    }
    if (!(await this.dataSource.getRepository(PartnerEntity).findOneBy({ id: partnerId }))) throw new NotFoundError('partner', partnerId);
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const now = this.clock.now();
    const existing = await this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ partnerId });
    await this.dataSource.getRepository(WebhookEndpointEntity).save({
      partnerId,
      url,
      secretEncrypted: this.box.seal(secret),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    return { partnerId, url, secret, updatedAt: now.toISOString() };
  }

  async get(partnerId: string) {
    const e = await this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ partnerId });
    if (!e) throw new NotFoundError('webhook endpoint of partner', partnerId);
    return { partnerId, url: e.url, createdAt: e.createdAt.toISOString(), updatedAt: e.updatedAt.toISOString() };
  }
}
