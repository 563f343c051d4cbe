import { runSubgraph } from '@infitah/server-kit';
import { loginThrottleOptionsFromEnv } from './accounts/login-throttle';
import { territory } from './subgraph';

export { territory };

if (require.main === module) {
  Promise.resolve()
    // a mistyped LOGIN_THROTTLE_* stops the start, not the first sign-in
    .then(() => loginThrottleOptionsFromEnv())
    .then(() => runSubgraph(territory))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
