import { EnvironmentProviders, Provider, inject } from '@angular/core';
import { ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { provideApollo } from 'apollo-angular';
import { createClient } from 'graphql-ws';
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
      const http = ApolloLink.from([
        expired,
        bearer,
        new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
      ]);
      // Subscriptions (the bell's live count) go over graphql-ws on the same origin.
      const ws = new GraphQLWsLink(
        createClient({
          url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
          lazy: true,
          connectionParams: async () => {
            const token = await auth.accessToken();
            return token ? { authorization: `Bearer ${token}` } : {};
          },
        }),
      );
      return {
        link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), ws, http),
        cache: new InMemoryCache(),
      };
    }),
  ];
}
