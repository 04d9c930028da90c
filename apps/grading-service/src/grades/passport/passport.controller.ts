import { Controller, Get, Param, Res } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { type FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Appeal } from '../../appeals/appeal.entity';
import { DeviceRecord } from '../../devices/device-record.entity';
import { ErasureCertificate } from '../../erasure/erasure-certificate.entity';
import { certificateView } from '../../erasure/record-erasure/record-erasure.service';
import { canActAtSite } from '../../queue/site-access';
import { StockItemHistory } from '../../stock/stock-item-history.entity';
import { StockItem } from '../../stock/stock-item.entity';
import { Grade } from '../../grade-record/grade.entity';
import { gradeView } from '../grade-view';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PassportSchema } from './passport.schema';

const TRADE_IN_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The device passport: every grade (original and regrades, with standard versions, technicians, checks and
 * evidence), every erasure certificate, appeals and stock, as one JSON document to export.
 */
@ApiTags('grades')
@ApiProblems(403)
@Controller('v1/devices')
export class PassportController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':tradeInId/passport')
  @ApiOperation({ summary: 'The device passport: every grade, erasure certificate, appeal and stock change' })
  @ApiProblems(404)
  @ApiOkResponse({ type: PassportSchema, description: 'Sent as an attachment (passport-<tradeInId>.json).' })
  @Roles('grader', 'ops')
  async passport(
    @CurrentPrincipal() principal: Principal,
    @Param('tradeInId') tradeInId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Record<string, unknown>> {
    if (!TRADE_IN_ID.test(tradeInId)) throw new InvalidFieldError('tradeInId', 'must be 1-64 letters, digits, _ or -');
    const m = this.dataSource.manager;
    const device = await m.getRepository(DeviceRecord).findOneBy({ tradeInId });
    const isOps = principal.kind === 'staff' && principal.role === 'ops';
    // A device still in a store (no site yet) is visible to ops only.
    if (!device || !(isOps || (device.siteId && canActAtSite(principal, device.siteId)))) throw new NotFoundError('device', tradeInId);
    const [grades, certificates, appeals, stock, stockHistory] = await Promise.all([
      m.getRepository(Grade).find({ where: { tradeInId }, order: { gradedAt: 'ASC' } }),
      m.getRepository(ErasureCertificate).find({ where: { tradeInId }, order: { performedAt: 'ASC' } }),
      m.getRepository(Appeal).find({ where: { tradeInId }, order: { requestedAt: 'ASC' } }),
      m.getRepository(StockItem).findOneBy({ tradeInId }),
      m.getRepository(StockItemHistory).find({ where: { tradeInId }, order: { changedAt: 'ASC' } }),
    ]);
    void reply.header('content-disposition', `attachment; filename="passport-${tradeInId}.json"`);
    return {
      format: 'tradein-device-passport/1',
      tradeInId,
      device: {
        category: device.category,
        modelId: device.modelId,
        variantId: device.variantId,
        imei: device.imei,
        serialNumber: device.serialNumber,
        siteId: device.siteId,
        storeId: device.storeId,
        receivedAt: device.receivedAt?.toISOString() ?? null,
      },
      currentGradeId: device.currentGradeId,
      grades: grades.map(gradeView),
      erasureCertificates: certificates.map(certificateView),
      appeals: appeals.map((a) => ({
        appealId: a.appealId,
        requestedBy: a.requestedBy,
        reason: a.reason,
        status: a.status,
        jobId: a.jobId,
        requestedAt: a.requestedAt.toISOString(),
      })),
      stock: stock
        ? {
            stockItemId: stock.id,
            sku: stock.sku,
            siteId: stock.siteId,
            disposition: stock.disposition,
            partsNeeded: stock.partsNeeded,
            addedAt: stock.addedAt.toISOString(),
            status: stock.status,
            gradeId: stock.gradeId,
            cosmeticGrade: stock.cosmeticGrade,
            marketplaceGrade: stock.marketplaceGrade,
            removedAt: stock.removedAt?.toISOString() ?? null,
            removalReason: stock.removalReason,
            regradedAt: stock.regradedAt?.toISOString() ?? null,
            previousSku: stock.previousSku,
            history: stockHistory.map((h) => ({
              change: h.change,
              previousGradeId: h.previousGradeId,
              gradeId: h.gradeId,
              previous: h.previous,
              current: h.current,
              changedAt: h.changedAt.toISOString(),
            })),
          }
        : null,
      finalizedAt: device.finalizedAt?.toISOString() ?? null,
      declinedAt: device.declinedAt?.toISOString() ?? null,
    };
  }
}
