import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

/** A provider user assigned to a client organisation. Tenant-scoped by the client organisation. */
@Entity({ name: 'organization_assignments' })
@Index('uq_organization_assignments_user_org', ['userId', 'organizationId'], { unique: true })
export class OrganizationAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_organization_assignments_organization_id')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'fk_organization_assignments_organization',
  })
  organization?: OrganizationEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_organization_assignments_user' })
  user?: UserEntity;

  /** A consultant on call for this client is told at once when an incident is declared. */
  @Column({ name: 'on_call', type: 'boolean', default: false })
  onCall!: boolean;

  @Column({ name: 'assigned_by_id', type: 'uuid', nullable: true })
  assignedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
