import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@vigil/api/core';
import { loadActor } from '@vigil/api/database';
import { DataSource } from 'typeorm';

@Injectable()
export class ActorService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A user's current standing, or null when they may not act (see loadActor). */
  load(userId: string, sessionId: string | null): Promise<Actor | null> {
    return loadActor(this.dataSource, userId, sessionId);
  }
}
