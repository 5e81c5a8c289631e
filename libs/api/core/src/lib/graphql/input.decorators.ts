import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

interface FieldOptions {
  /** Absent is allowed (a nullable GraphQL field); present, it must pass the rules. */
  optional?: boolean;
  description?: string;
}

/** A text input field: a string of at most `max` (and at least `min`) characters. */
export function TextInput(
  options: FieldOptions & { max: number; min?: number; minMessage?: string },
): PropertyDecorator {
  const { optional, description, max, min, minMessage } = options;
  return applyDecorators(
    Field(() => String, { nullable: optional, description }),
    ...(optional ? [IsOptional()] : []),
    IsString(),
    ...(min !== undefined
      ? [
          MinLength(min, {
            message:
              minMessage ??
              (min === 1 ? 'must not be empty' : `must be at least ${min} characters`),
          }),
        ]
      : []),
    MaxLength(max, { message: `must be at most ${max} characters` }),
  );
}

/** An id input field. */
export function IdInput(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => ID, { nullable: options.optional, description: options.description }),
    ...(options.optional ? [IsOptional()] : []),
    IsUUID('all', { message: 'must be an id' }),
  );
}

/** The version the person edited: a save over a newer one is refused (optimistic concurrency). */
export function ExpectedVersionInput(): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, {
      description: 'The version you edited; refused when someone has saved since.',
    }),
    IsInt(),
    Min(1),
  );
}

/** An instant as ISO 8601 text with its offset; the service parses it and names the field. */
export function InstantInput(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: options.optional,
      description:
        options.description ?? 'ISO 8601 with its offset, e.g. 2026-03-01T09:14:00+01:00.',
    }),
    ...(options.optional ? [IsOptional()] : []),
    IsString(),
    MaxLength(40, { message: 'must be at most 40 characters' }),
  );
}
