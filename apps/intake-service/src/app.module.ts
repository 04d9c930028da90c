import { type DynamicModule, Module } from '@nestjs/common';
import { EvidenceModule } from '@tradein/evidence';
import { type Clock, ServiceCoreModule } from '@tradein/service-runtime';
import { IntakeConfig } from './config/intake.config';
import { INTAKE_ENTITIES } from './intake.entities';
import { IntakeModule } from './intake.module';
import { INTAKE_MIGRATIONS } from './migrations';

export const SERVICE_NAME = 'intake-service';

@Module({})
export class AppModule {
  static forRoot(config: IntakeConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceCoreModule.forRoot({
          serviceName: SERVICE_NAME,
          config,
          configClass: IntakeConfig,
          entities: INTAKE_ENTITIES,
          migrations: INTAKE_MIGRATIONS,
          ...(clock ? { clock } : {}),
        }),
        EvidenceModule.forRoot(config),
        IntakeModule,
      ],
    };
  }
}
