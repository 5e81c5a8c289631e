import { EnvironmentProviders, Provider, inject } from '@angular/core';
import { ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { ApiService } from './api.service';
import { AuthService } from './auth.service';

/** Apollo for the web app: same-origin /graphql, bearer token from memory, expiry handled once. */
export function provideVigilApollo(): (Provider | EnvironmentProviders)[] {
  return [
    ApiService,
    provideApollo(() => {
      const auth = inject(AuthService);
      const bearer = new SetContextLink(async (prev) => {
        const token = await auth.accessToken();
        const headers = (prev['headers'] ?? {}) as Record<string, string>;
        return { headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers };
      });
      const expired = new ErrorLink(({ error }) => {
        if (
          CombinedGraphQLErrors.is(error) &&
          error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
        ) {
          void auth.sessionExpired();
        }
      });
      return {
        link: ApolloLink.from([
          expired,
          bearer,
          new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
        ]),
        cache: new InMemoryCache(),
      };
    }),
  ];
}
