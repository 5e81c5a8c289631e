import { Catch, ExceptionFilter } from '@nestjs/common';
import { GraphQLError } from 'graphql';

/**
 * Errors Vigil raises on purpose (bad input, not found, forbidden …) go back to the client as they
 * are, without being logged as failures. Anything else still reaches Nest's handler and is logged.
 */
@Catch(GraphQLError)
export class ExpectedErrorsFilter implements ExceptionFilter {
  catch(exception: GraphQLError): GraphQLError {
    return exception;
  }
}
