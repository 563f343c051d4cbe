import { CreateTerritory1764403200000 } from './1764403200000-CreateTerritory';
import { AccountsProfilesAndRowSecurity1764489600000 } from './1764489600000-AccountsProfilesAndRowSecurity';
import { MembershipWaves1764749000000 } from './1764749000000-MembershipWaves';
import { PersonalData1764921600000 } from './1764921600000-PersonalData';
import { LoginThrottle1765200000000 } from './1765200000000-LoginThrottle';
import { NetworkContent1765400200000 } from './1765400200000-NetworkContent';
import { IncrementalSync1765600500000 } from './1765600500000-IncrementalSync';
import { ApiKeys1765600600000 } from './1765600600000-ApiKeys';
import { ApiKeySync1765700100000 } from './1765700100000-ApiKeySync';

/** In order of application. */
export const migrations = [CreateTerritory1764403200000, AccountsProfilesAndRowSecurity1764489600000, MembershipWaves1764749000000, PersonalData1764921600000, LoginThrottle1765200000000, NetworkContent1765400200000, IncrementalSync1765600500000, ApiKeys1765600600000, ApiKeySync1765700100000];
