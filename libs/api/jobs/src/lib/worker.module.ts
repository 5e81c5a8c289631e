import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule, PubSubModule } from '@vigil/api/core';
import { DatabaseModule } from '@vigil/api/database';
import { IdentityCoreModule } from '@vigil/api/identity';
import { QueueModule } from '@vigil/api/queue';
import { RetainersCoreModule } from '@vigil/api/retainers';
import { SlaCoreModule } from '@vigil/api/sla';
import { IdentityProcessor } from './identity.processor';
import { RetainersProcessor } from './retainers.processor';
import { SlaProcessor } from './sla.processor';

/** The worker: BullMQ processors over the same libraries as the api, and no GraphQL. */
@Module({})
export class WorkerModule {
  /** Reads the configuration when called, not when this file is imported. */
  static forRoot(): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(),
        DatabaseModule,
        PubSubModule,
        QueueModule.forRoot(),
        IdentityCoreModule,
        RetainersCoreModule,
        SlaCoreModule,
      ],
      providers: [IdentityProcessor, RetainersProcessor, SlaProcessor],
    };
  }
}
