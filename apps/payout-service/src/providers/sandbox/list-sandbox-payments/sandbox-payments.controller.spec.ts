import { NotFoundException } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { type PayoutProvider } from '../../payout-provider';
import { ProviderRegistry } from '../../provider-registry';
import { SandboxPaymentsController } from './sandbox-payments.controller';
import { SandboxPaymentsQuery } from './sandbox-payments.dto';

describe('SandboxPaymentsController', () => {
  it('answers 404 when no sandbox provider is in use (real rails)', async () => {
    const real: PayoutProvider = { name: 'real-bank', submit: jest.fn(), lookup: jest.fn() };
    const controller = new SandboxPaymentsController(new ProviderRegistry(new Map([['BANK_TRANSFER', real]])), {} as DataSource);
    await expect(controller.list(new SandboxPaymentsQuery())).rejects.toBeInstanceOf(NotFoundException);
  });
});
