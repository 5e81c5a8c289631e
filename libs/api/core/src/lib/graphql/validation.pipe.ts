import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, ValidationError } from 'class-validator';
import { badInput } from '../errors';

function firstProblem(
  errors: ValidationError[],
  prefix: string,
): { path: string; message: string } | null {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { path, message };
    const nested = firstProblem(error.children ?? [], path);
    if (nested) return nested;
  }
  return null;
}

/**
 * Validates GraphQL input classes with class-validator. The first problem becomes a
 * BAD_USER_INPUT error whose `field` is the argument path, e.g. "input.email".
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (
      !type ||
      [String, Number, Boolean, Array, Object].includes(type as never) ||
      value == null
    ) {
      return value;
    }
    // Only input classes carry validation rules; parents and other values pass untouched.
    if (!getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length)
      return value;
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { whitelist: true, forbidUnknownValues: false });
    const problem = firstProblem(errors, metadata.data ?? '');
    if (problem) throw badInput(problem.path, problem.message);
    return instance;
  }
}
