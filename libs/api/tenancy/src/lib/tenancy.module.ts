import { Module } from '@nestjs/common';
import { AuditModule } from '@vigil/api/audit';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { UserOrganizationsResolver } from './user-organizations.resolver';

@Module({
  imports: [AuditModule],
  providers: [OrganizationsService, OrganizationsResolver, UserOrganizationsResolver],
  exports: [OrganizationsService],
})
export class TenancyModule {}
