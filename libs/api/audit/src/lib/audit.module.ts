import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Writing audit rows: for the api and the worker. */
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}

/** Reading the audit log over GraphQL. */
@Module({ imports: [AuditModule], providers: [AuditResolver] })
export class AuditApiModule {}
