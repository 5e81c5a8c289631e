export * from './lib/tenancy.module';
export * from './lib/organizations.service';
export * from './lib/dto/organization.types';
export * from './lib/organization-list.sql';
