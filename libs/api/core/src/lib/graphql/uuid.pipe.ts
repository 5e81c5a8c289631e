import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badInput } from '../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an ID argument before it reaches the database: a malformed id is bad input, not a crash. */
@Injectable()
export class UuidPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value == null) return value;
    if (typeof value !== 'string' || !UUID.test(value))
      throw badInput(metadata.data ?? 'id', 'must be an id');
    return value.toLowerCase();
  }
}
