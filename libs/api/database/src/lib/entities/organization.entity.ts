import { OrganizationKind, OrganizationStatus } from '@vigil/shared/domain';
import { Column, Entity, Index } from 'typeorm';
import { BaseRow } from './base';

@Entity({ name: 'organizations' })
// The client list is read in (name, id) order: this index lets a page stop after its rows.
@Index('ix_organizations_kind_name_id', ['kind', 'name', 'id'])
@Index('uq_organizations_single_provider', ['kind'], { unique: true, where: `"kind" = 'PROVIDER'` })
export class OrganizationEntity extends BaseRow {
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index('uq_organizations_slug', { unique: true })
  @Column({ type: 'varchar', length: 63 })
  slug!: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'varchar', length: 100 })
  sector!: string;

  @Column({
    type: 'enum',
    enum: OrganizationStatus,
    enumName: 'organization_status',
    default: OrganizationStatus.ACTIVE,
  })
  status!: OrganizationStatus;

  @Column({ name: 'offboarded_at', type: 'timestamptz', nullable: true })
  offboardedAt!: Date | null;
}
