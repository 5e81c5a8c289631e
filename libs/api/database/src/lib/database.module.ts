import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VIGIL_CONFIG, VigilConfig } from '@vigil/api/core';
import { dataSourceOptions } from './data-source-options';
import { TenantDb } from './tenant-db';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [VIGIL_CONFIG],
      useFactory: (config: VigilConfig) =>
        dataSourceOptions(config.databaseUrl, config.databasePoolSize),
    }),
  ],
  providers: [TenantDb],
  exports: [TenantDb, TypeOrmModule],
})
export class DatabaseModule {}
