import { Logout, UserMenu, useGetIdentity } from 'react-admin';

/**
 * The app bar's account menu, named as it reads: its button says who is signed in (their name and role, in the
 * console's language), and a screen reader hears the same words rather than a generic "Profile".
 */
export function ReaderUserMenu() {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName || 'ra.auth.user_menu'}>
      <Logout />
    </UserMenu>
  );
}
