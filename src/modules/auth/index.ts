// H1–H3, H7: accounts, login with lockout, sessions, API tokens, and the access hook that resolves every
// request's user and checks its route's permission. Roles, permissions and scope are the access module's.
import type { Config } from '../../platform/config.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import { authLedger } from './events.ts';
import type { AccountService } from './accounts.ts';
import type { SecondFactorService } from './second-factor.ts';
import type { AuthService } from './service.ts';
import type { ApiTokenService } from './tokens.ts';

export const authModule: ModuleDescriptor<{
  auth: AuthService;
  accounts: AccountService;
  factors: SecondFactorService;
  tokens: ApiTokenService;
  config: Pick<Config, 'cookieSecure'>;
}> = {
  name: 'auth',
  events: authLedger,
  routes: async (app, { auth, accounts, factors, tokens, config }) => {
    const { authRoutes } = await import('./routes.ts');
    const { accountRoutes } = await import('./account-routes.ts');
    const { secondFactorRoutes } = await import('./second-factor-routes.ts');
    authRoutes(app, auth, tokens, { cookieSecure: config.cookieSecure });
    accountRoutes(app, accounts);
    secondFactorRoutes(app, auth, factors);
  },
};

export { AuthService } from './service.ts';
export { AccountService } from './accounts.ts';
export { SecondFactorService, TOTP_SECRETS_SEALED } from './second-factor.ts';
export { ApiTokenService } from './tokens.ts';
export { registerAccessControl } from './plugin.ts';
