import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditApiModule } from '@vigil/api/audit';
import {
  CoreModule,
  ExpectedErrorsFilter,
  InputValidationPipe,
  PubSubModule,
  VIGIL_CONFIG,
  VigilConfig,
} from '@vigil/api/core';
import { DatabaseModule } from '@vigil/api/database';
import { IdentityModule } from '@vigil/api/identity';
import { QueueModule } from '@vigil/api/queue';
import { RetainersModule } from '@vigil/api/retainers';
import { EngagementsModule } from '@vigil/api/engagements';
import { SlaModule } from '@vigil/api/sla';
import { TenancyModule } from '@vigil/api/tenancy';
import { graphqlOptions } from './graphql.config';
import { HealthController } from './health.controller';

export interface ApiOptions {
  /** Write apps/api/schema.gql on boot (development and the schema check). */
  writeSchema?: boolean;
}

@Module({})
export class AppModule {
  static forRoot(options: ApiOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(),
        DatabaseModule,
        PubSubModule,
        QueueModule.forRoot(),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [VIGIL_CONFIG],
          useFactory: (config: VigilConfig) => graphqlOptions(config, options.writeSchema ?? false),
        }),
        IdentityModule,
        TenancyModule,
        RetainersModule,
        EngagementsModule,
        SlaModule,
        AuditApiModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: ExpectedErrorsFilter },
      ],
    };
  }
}
