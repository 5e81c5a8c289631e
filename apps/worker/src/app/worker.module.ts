import { Module } from '@nestjs/common';
import { CoreModule } from '@vigil/api/core';
import { DatabaseModule } from '@vigil/api/database';
import { IdentityCoreModule } from '@vigil/api/identity';
import { QueueModule } from '@vigil/api/queue';
import { IdentityProcessor } from './identity.processor';

/** The worker: BullMQ processors over the same libraries as the api, and no GraphQL. */
@Module({
  imports: [CoreModule.forRoot(), DatabaseModule, QueueModule.forRoot(), IdentityCoreModule],
  providers: [IdentityProcessor],
})
export class WorkerModule {}
